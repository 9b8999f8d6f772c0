// A table's rows as a stream that starts afresh each time it is iterated.

export function iterable<T>(make: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: make };
}
