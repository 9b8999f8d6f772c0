// The demo data set's fingerprint: the small set's rows for a fixed `until` and seed, hashed table by table, as
// generated and as written to SQLite. The constants were recorded from the generator before it was split by domain
// (issue 7), and moved on purpose since: when `--until D` came to end the data with day D in each region's
// zone (issue 8), the feedback tables when the open queue became a team's (issue 13), when the compliance tables
// joined (issue 10), and orders when KOL-channel customers' first orders came to carry their KOL's code, beside the
// rosters' own tables (issue 9); they must not move by accident: a change that alters the demo data fails here,
// loudly. If the change is meant, record the new hashes and say so in the commit.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnNames, DEMO_TABLES, type DemoTableName } from '../../shared/table-registry';
import { openDatabase, type Db } from '../db/open';
import { tuples } from '../db/statement-cache';
import { tempDbFile } from '../test-support/fixture-db';
import { generateDataset } from './generate';
import { seedDatabase } from './write-sqlite';

// `npm run seed -- --until 2026-11-22 --seed 1`: the data ends with that day in each region's own time zone.
const OPTIONS = { scale: 'small', until: { day: '2026-11-22' }, seed: 1 } as const;

/** sha256 of each row's JSON, one a line, in the order the generator streams them. */
const GENERATED: Record<DemoTableName, string> = {
  regions: '896d18b1799e1c9cf0701b9f8ce65085fa3a4d903f9b94a2576b807aa6a4f128',
  people: 'c9b144068ed96a68f3eb64fcca9c46cbbe0c8a9e63e373bd78daf30765492e41',
  people_regions: '5b6934f9d8f4eb51250f4373cecc419c58a251e338a57bc71353c37daf891e4d',
  sla_policies: 'a0aa8c538d0ee0e8018f4eef8145084783f094bee7a193720bae5b03de9744b0',
  customers: '97a3a2bd15534d67d3b51878c9834ca4f41270750f505fae6e2f39fd68bb883f',
  orders: '7d3d2217cf92f3b553bcbe8e274261593e56aaf0e9bf13651f4617771750e428',
  feedback: '405ab887dba9704edd61d835b71ad9e77e62eb1f4d3f3d78ba3ff3835519c500',
  feedback_tags: '2d2c39995d20c8eb305d3af1b5f56adfb4e035c5c2b0c48d1f2a4d94209f6864',
  feedback_events: '920ce24cc352fb5de2524529e1db82f9686eadb639cffcadbef506ac4561d25d',
  feedback_sla_pauses: 'f967b6052e55a90a81085eae44e30164d6daa940200d079596dbbad39d1247c5',
  customer_activity: 'd12157770133cff331a8c426cc07b61e51dc132154711e5bbfb4a1962c976d2c',
  marketing_spend: '57f8796da40ad1ec8f4ac06c70698f0fa9e740fddfccea4b28cdd992d9a6261d',
  daily_funnel: '6dd6916c55534f61474905a5939e66df43e8f3ad5be82061c8cf6676075df1d5',
  weekly_targets: 'bd3b1ea1fe5811ca2cbe04676a7f27b88f4007298f37b2e89ea6674cf77e5fdb',
  campaign_members: '469b61621b23ccca4563ddaa9e3a96648b1e44e39de2249da3c327a8adf12f7f',
  campaigns: '22f01b2473909b70bb9beb6bed84dd44f8ceebe1a403e924528c9d6cbda1c8e8',
  communities: 'e0955ce8e27ebc807cacf2aee76633ba72908af07a9dd8af709326b33601faf5',
  community_members: '33b2e95dd2ef4cb260cda4843fd67a9007c87b4d4b4ccab7c6fabace1ff14005',
  community_snapshots: '59e8bb13ce2879454819e1a927b43b3f253d906715abeb119a2ff9593c6c87f9',
  customer_acquisitions: 'a3d41a1c0476849766da319a920feb62f192d502aa7b9c42a7da3760d04ae352',
  kol_contracts: '77317de9eb85105f492eca1d438cf9dc18902d5ea844f87b7107cd2215a58544',
  kol_posts: '6f67b15eee791befee5e4c322297f99d04de2631640085dbf3e1361e825515f1',
  kols: '8edf7a207663b05e17deef380489331cb310842f820a01adff1f58a0faf76add',
  promo_codes: '9a1dfe5dad9601fdbc0d9b96562e5a2a1899ff7f9eb68c554c488b7de8438464',
  compliance_assessments: '1c77645e93053433a76ab471c0d3e3ec66fb432c911e36c4f5074064983d3d24',
  compliance_results: '35079397cccb29dc55a82f2f9923246a8e106f6d6cae2303336b900f5e8ea2cc',
  compliance_findings: '196111255d77fada5834b6422242371d02df6650d3e0d9957232d213abb5853d',
  compliance_actions: '1c793fd24cce41fc2dcf77e87af04b8870d2ab8fd47aa743502751c972a974dd',
  compliance_evidence: '92d17d3466f630f1099ccc1d76251a84580974f0a3533200c951f286ba66bce8',
  compliance_evidence_revisions: 'b82fe0e90ad50fa4dd94d167bfb3ab93d3fa0ebb349536b4deb84ed550ffda58',
  compliance_evidence_links: '4d9938c54d75ac94d8aaf4187262e7ca14f02da33cd98d34382a7edab4b64db5',
  compliance_signoffs: '7513d3440781b50f7b931873dce027c0b1fc777ea10c5b7b3dfe60c0d32ae8a7',
  compliance_incidents: 'f6da01bb4c884f910b031c5ca20721130b71a89c51bc5a681409d35f586ed69d',
  compliance_notifications: '0f65ea3e2b9da132c251ca6b955b77affb1eae6373adc78cdd0d690a38babb59',
};

/** sha256 of each stored row's values (columns by name, rows by key), one JSON array a line. */
const STORED: Record<DemoTableName, string> = {
  regions: '58c493ffec0e8095885f85da0802df4b42f35e79cc3497842cbaeac49927885e',
  people: '67d4798da82b6eabc182a8a270540171fabe3c173415e37e0c04716c48ef1198',
  people_regions: '37d6a7e6daff660ad3d8d30e1541b8a8939f17e62efde39aa7074563ff99b1fe',
  sla_policies: '83282358f5a8cc36318e64fe2d9b134b0a468b674e85530e284ddd4c124abe34',
  customers: 'b163b6a2334f78fa7d002d69387a4eb08d5e1720089affa3d146dd9f951ab96d',
  orders: '400966b3191a363ffe3e5e6cafc2a2c949ca924da438cf80554979cf4d1d85f8',
  feedback: 'a138b9272175175094481391667fc851e2c24f836b23280a630591ffcf1d4674',
  feedback_tags: 'a1adf80143a1165eced5977bdcf117307a9bf5e243ea9ac72fcd7380fcb9820e',
  feedback_events: '8e8ca1912da17c48bbe1044bed01f373312eed479ad42e73a2c475f223037969',
  feedback_sla_pauses: '95e28e5cc7d58ed5f0a09a9d98b91847a92d8cb150717bc950c867c0f9a0ac4d',
  customer_activity: 'fca49265008997691b26f4469142067507ea1849b16f2fac367333dbf834a545',
  marketing_spend: '028be01a2f5cb472df45e6fc989944a2ccdfab2b9dc6c60ceebd73b0600f9ad3',
  daily_funnel: 'b002aeab6f430f084a7d6c3b8a33a32d6dee12d54a5139f705cc4fa931818e66',
  weekly_targets: 'd2df5cfe49621ded900a26726ee68ae95cc4bb5026da2eb561e4dd74630fdb8b',
  campaign_members: '3253d54a84ee96149836a4b26bc81e508cc1a9cbf10a92579373e3925615f019',
  campaigns: '6ea64a17dd5e3417833e67bb6c9cb7d95f603f3dea587ac968cb9bb7d1b413ee',
  communities: 'aeaee533288c7e3417a85c85c94abcc28ebe3af0e7715dd9d590924214b6f932',
  community_members: 'a278b5717ff5a28b33fab3c1d53a706aeaaf9f87d9efa15023c4ff624871d8d4',
  community_snapshots: '1538c25bc518b1bd06fbab45c9015ad511e35ab6bc3eab3e10727f7a6d1d4046',
  customer_acquisitions: '59a43529aafbb0018a19cbe4d58622fdc5cffd9dea7df1fd05863611a22d3ae9',
  kol_contracts: '0166fd6c4c68fe43c28525ae7b348d13d93244990f542a686a36d238fea41b76',
  kol_posts: '3f1b8e62fc6db6516d8fb2edb5b9bfabde4c2562fd3c447f1322a468b02fc907',
  kols: '600170856e1febb792df0f133aef1c7bcccb3898d3f323f6ff36ab51c25de99d',
  promo_codes: 'b8c8a927bcfc9f109e1eafe4704eff84b9973089cea90381eab2e790f99b3638',
  compliance_assessments: '13b04c387c32df6fa56dece965f5a7d5c6562bdd80f43c7a8b8ed92c46d1a539',
  compliance_results: '8ea8c0305270b08798b532d29743b101e5c9d73c15221df0f4d42dedef40d424',
  compliance_findings: '10607e109c55d40261bf1170ec0d241245c992df28baa3a461a20c7e2ffd75e5',
  compliance_actions: '977079283a9eabb60de061ed2fd83418bd6ac0edaa0d60864eaae78ab4edf19a',
  compliance_evidence: '0b7c2ea1c1c21109843bbc40e050a10f5f180529c0b6b376c15e51bb0d3617cc',
  compliance_evidence_revisions: '76a553d314a3a9d40e4e316e4b62d9a1879dd4cfd1c34281690ce61ad1f22ad7',
  compliance_evidence_links: '560f4368a767e0d85e668429a5bf7c65e26d05d7979e3149e55cb300daeb5f55',
  compliance_signoffs: '170db5c0d9711ed48075ecb9aad3de72e35c472d35af83c2c0da447ab558da83',
  compliance_incidents: '30a21eb01fc07ba2046e2e29748aab1e108e519eaa1aac0377f8ed84f46be1d2',
  compliance_notifications: '91387a90dded22c9437e9ff0d2fce179259d2de588b4454d32176af8f182f294',
};

function hashLines(rows: Iterable<unknown>): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  return hash.digest('hex');
}

describe('the demo data set', () => {
  it('generates the recorded rows, table by table', () => {
    const dataset = generateDataset(OPTIONS);
    const actual = Object.fromEntries(DEMO_TABLES.map((table) => [table.name, hashLines(dataset[table.name])]));
    expect(actual).toEqual(GENERATED);
  });

  describe('written to SQLite', () => {
    let db: Db;
    let cleanup: () => void;

    beforeAll(() => {
      const temp = tempDbFile();
      cleanup = temp.cleanup;
      db = openDatabase(temp.file);
      seedDatabase(db, OPTIONS);
    });

    afterAll(() => {
      db.close();
      cleanup();
    });

    it('stores the recorded rows, table by table', () => {
      const actual = Object.fromEntries(
        DEMO_TABLES.map((table) => {
          const columns = columnNames(table).sort().map((c) => `"${c}"`);
          const rows = tuples(db, `SELECT ${columns.join(', ')} FROM ${table.name} ORDER BY ${table.key.map((k) => `"${k}"`).join(', ')}`);
          return [table.name, hashLines(rows)];
        }),
      );
      expect(actual).toEqual(STORED);
    });
  });
});
