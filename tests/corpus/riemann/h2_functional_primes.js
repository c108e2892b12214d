// expect: prime_pattern
const range = (a, b) => Array.from({ length: b - a }, (_, i) => a + i);
const isPrime = n => n > 1 && range(2, Math.floor(Math.sqrt(n)) + 1).every(d => n % d);
const twins = range(2, 1000)
  .filter(isPrime)
  .filter(p => isPrime(p + 2))
  .map(p => [p, p + 2]);
console.log(twins.map(([a, b]) => `(${a}, ${b})`).join(' '));
