// The layering check itself: every import measured against its file's rule, and every circle of imports found.
import { importEdges, type ImportEdge, type ImportTarget, type SourceFile } from './source-tree';
import { TEST_ALLOWANCE, type Layer } from './layers';

const TEST_FILE = /\.(test|spec)\.[cm]?tsx?$/;
const isTestCode = (file: string) => TEST_FILE.test(file) || file.split('/').includes('test-support');

const folderOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1);

/** Whether a file lies under a rule: anywhere below its folder, or directly in it for a shallow rule. */
const holds = (layer: Layer, file: string) => (layer.shallow ? folderOf(file) === layer.folder : file.startsWith(layer.folder));

/** The rule holding a file: the longest folder that holds it. */
export function layerOf(file: string, layers: readonly Layer[]): Layer | undefined {
  return layers.filter((layer) => holds(layer, file)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

function allows(allowance: string, target: ImportTarget): boolean {
  if (allowance === '*') return true;
  if (target.kind === 'node') return allowance === 'node:';
  if (target.kind === 'package') {
    return allowance.endsWith('*') ? target.name.startsWith(allowance.slice(0, -1)) : target.name === allowance;
  }
  if (allowance.startsWith('**/')) return `/${target.path}`.includes(`/${allowance.slice(3)}`);
  return allowance.endsWith('/') ? target.path.startsWith(allowance) : target.path === allowance;
}

function describeTarget(edge: ImportEdge): string {
  if (edge.target.kind === 'file') return edge.target.path;
  return edge.target.kind === 'node' ? edge.specifier : edge.target.name;
}

/** One line per import a rule does not allow, and per file no rule holds. */
export function checkLayers(files: readonly SourceFile[], layers: readonly Layer[]): string[] {
  const uncovered = files.filter((file) => !layerOf(file.path, layers)).map((file) => `${file.path}: no layer rule covers its folder`);
  const breaches = importEdges(files).flatMap((edge) => {
    const layer = layerOf(edge.from, layers);
    if (!layer) return [];
    const breach = `${edge.from} -> ${describeTarget(edge)} (${layer.folder || 'the repo root'} may not import it)`;
    // Test support is for tests, even from the folder it sits in.
    if (edge.target.kind === 'file' && isTestCode(edge.target.path) && !isTestCode(edge.from)) return [breach];
    if (edge.target.kind === 'file' && holds(layer, edge.target.path)) return [];
    const allowances = [...layer.may, ...(isTestCode(edge.from) ? [...TEST_ALLOWANCE, ...(layer.testsMay ?? [])] : [])];
    if (allowances.some((allowance) => allows(allowance, edge.target))) return [];
    return [breach];
  });
  return [...uncovered, ...breaches];
}

/** Every circle of imports between the repo's own files (type-only imports included), each as the files around it. */
export function findCycles(files: readonly SourceFile[]): string[][] {
  const next = new Map<string, string[]>(files.map((file) => [file.path, []]));
  for (const edge of importEdges(files)) {
    if (edge.target.kind === 'file' && next.has(edge.target.path)) next.get(edge.from)?.push(edge.target.path);
  }
  // Tarjan's strongly connected components: any component of more than one file, or a file importing itself, is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of next.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || next.get(file)?.includes(file)) cycles.push(component.sort());
  };
  for (const file of [...next.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}
