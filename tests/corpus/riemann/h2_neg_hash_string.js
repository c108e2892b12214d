// expect: none
// djb2 / FNV-1a string hashing for a client-side cache key
function djb2(str) {
  let h = 5381;
  for (let i = 0; i < str.length; i++) h = ((h << 5) + h + str.charCodeAt(i)) >>> 0;
  return h;
}

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const BUCKETS = 1031;
const bucketOf = key => fnv1a(key) % BUCKETS;
const colorOf = name => `hsl(${djb2(name) % 360}, 60%, 50%)`;

console.log(bucketOf('user:42'), colorOf('alice'));
