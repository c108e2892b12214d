// expect: prime_pattern
function sieve(n) {
  const composite = new Uint8Array(n + 1);
  for (let i = 2; i * i <= n; i++) {
    if (composite[i]) continue;
    for (let j = i * i; j <= n; j += i) composite[j] = 1;
  }
  const out = [];
  for (let i = 2; i <= n; i++) if (!composite[i]) out.push(i);
  return out;
}
console.log(sieve(100).join(' '));
