// expect: bernoulli_numbers
const gcd = (a, b) => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

class Frac {
  constructor(n, d = 1n) {
    if (d < 0n) { n = -n; d = -d; }
    const g = gcd(n, d) || 1n;
    this.n = n / g; this.d = d / g;
  }
  sub(o) { return new Frac(this.n * o.d - o.n * this.d, this.d * o.d); }
  mulInt(k) { return new Frac(this.n * k, this.d); }
  toString() { return `${this.n}/${this.d}`; }
}

function bernoulliNumbers(max) {
  const a = [];
  const out = [];
  for (let m = 0; m <= max; m++) {
    a[m] = new Frac(1n, BigInt(m + 1));
    for (let j = m; j >= 1; j--) a[j - 1] = a[j - 1].sub(a[j]).mulInt(BigInt(j));
    out.push(a[0]);
  }
  return out;
}

bernoulliNumbers(30).forEach((b, i) => { if (b.n !== 0n) console.log(`B${i} = ${b}`); });
