// expect: euler_product, prime_pattern, zeta_function
const range = (a, b) => Array.from({ length: b - a }, (_, i) => a + i);
const isPrime = (n) => n > 1 && range(2, Math.floor(Math.sqrt(n)) + 1).every((d) => n % d);

const primes = range(2, 5000).filter(isPrime);

const eulerProduct = (s) => primes.map((p) => 1 / (1 - p ** -s)).reduce((a, b) => a * b, 1);
const zetaSeries = (s, terms = 200000) => range(1, terms).reduce((acc, n) => acc + n ** -s, 0);

for (const s of [2, 3, 4]) {
  console.log(`s=${s}: product ${eulerProduct(s).toFixed(8)} series ${zetaSeries(s).toFixed(8)}`);
}
console.log('pi^2/6 =', (Math.PI ** 2 / 6).toFixed(8));
