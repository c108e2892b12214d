// expect: bernoulli_numbers
const gcd = (a, b) => { while (b) [a, b] = [b, a % b]; return a < 0n ? -a : a; };

class Frac {
  constructor(n, d = 1n) {
    if (d < 0n) { n = -n; d = -d; }
    const g = gcd(n, d) || 1n;
    this.n = n / g; this.d = d / g;
  }
  plus(o) { return new Frac(this.n * o.d + o.n * this.d, this.d * o.d); }
  minus(o) { return new Frac(this.n * o.d - o.n * this.d, this.d * o.d); }
  times(k) { return new Frac(this.n * k, this.d); }
  toString() { return `${this.n}/${this.d}`; }
}

// Akiyama–Tanigawa algorithm
function bernoulli(n) {
  const a = [];
  for (let m = 0; m <= n; m++) {
    a[m] = new Frac(1n, BigInt(m + 1));
    for (let j = m; j >= 1; j--) {
      a[j - 1] = a[j - 1].minus(a[j]).times(BigInt(j));
    }
  }
  return a[0];
}

for (let i = 0; i <= 20; i += 2) console.log(`B(${i}) = ${bernoulli(i)}`);
