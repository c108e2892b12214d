// expect: zeta_function, critical_line, zeta_zeros
class Complex {
  constructor(re, im = 0) { this.re = re; this.im = im; }
  add(o) { return new Complex(this.re + o.re, this.im + o.im); }
  sub(o) { return new Complex(this.re - o.re, this.im - o.im); }
  mul(o) { return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  div(o) {
    const d = o.re * o.re + o.im * o.im;
    return new Complex((this.re * o.re + this.im * o.im) / d, (this.im * o.re - this.re * o.im) / d);
  }
  abs() { return Math.hypot(this.re, this.im); }
  // real base raised to a complex power: b^s = exp(s ln b)
  static realPow(b, s) {
    const r = Math.exp(s.re * Math.log(b));
    const phi = s.im * Math.log(b);
    return new Complex(r * Math.cos(phi), r * Math.sin(phi));
  }
}

// Dirichlet eta with Euler-transform-style averaging of partial sums
function eta(s, terms = 4000) {
  let sum = new Complex(0), prev = new Complex(0);
  for (let n = 1; n <= terms; n++) {
    prev = sum;
    const term = Complex.realPow(n, new Complex(-s.re, -s.im));
    sum = n % 2 ? sum.add(term) : sum.sub(term);
  }
  return new Complex((sum.re + prev.re) / 2, (sum.im + prev.im) / 2);
}

function zeta(s) {
  const factor = new Complex(1).sub(Complex.realPow(2, new Complex(1 - s.re, -s.im)));
  return eta(s).div(factor);
}

for (const t of [0, 5, 10, 14.1347, 20]) {
  const s = new Complex(0.5, t);
  console.log(`|zeta(1/2 + ${t}i)| = ${zeta(s).abs().toFixed(5)}`);
}
