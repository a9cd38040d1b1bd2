/** Adds `item` to the list that `map` keeps under `key`, starting the list if there is none. */
export function addToList<K, V>(map: Map<K, V[]>, key: K, item: V): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
