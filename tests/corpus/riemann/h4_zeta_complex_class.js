// expect: zeta_function, critical_line
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
  // n^(-s) for a positive real n
  static powNeg(n, s) {
    const mag = Math.exp(-s.re * Math.log(n));
    const ang = -s.im * Math.log(n);
    return new Complex(mag * Math.cos(ang), mag * Math.sin(ang));
  }
  // 2^(1-s)
  static twoPow(s) {
    const mag = Math.exp((1 - s.re) * Math.LN2);
    const ang = -s.im * Math.LN2;
    return new Complex(mag * Math.cos(ang), mag * Math.sin(ang));
  }
}

function zeta(s, terms = 50000) {
  let eta = new Complex(0);
  for (let n = 1; n <= terms; n++) {
    const term = Complex.powNeg(n, s);
    eta = n % 2 === 1 ? eta.add(term) : eta.sub(term);
  }
  return eta.div(new Complex(1).sub(Complex.twoPow(s)));
}

for (let t = 0; t <= 30; t += 2.5) {
  const s = new Complex(0.5, t);
  console.log(t.toFixed(1), zeta(s).abs().toFixed(6));
}
