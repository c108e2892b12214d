// expect: zeta_function
class Complex {
  constructor(re, im = 0) { this.re = re; this.im = im; }
  add(o) { return new Complex(this.re + o.re, this.im + o.im); }
  sub(o) { return new Complex(this.re - o.re, this.im - o.im); }
  mul(o) { return new Complex(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  div(o) {
    const d = o.re * o.re + o.im * o.im;
    return new Complex((this.re * o.re + this.im * o.im) / d, (this.im * o.re - this.re * o.im) / d);
  }
  static pow(base, s) { // base real > 0, s complex
    const lb = Math.log(base);
    const mag = Math.exp(s.re * lb);
    return new Complex(mag * Math.cos(s.im * lb), mag * Math.sin(s.im * lb));
  }
}

// Dirichlet eta, then zeta(s) = eta(s) / (1 - 2^(1-s))
function zeta(s, terms = 20000) {
  let eta = new Complex(0);
  for (let n = 1; n <= terms; n++) {
    const term = Complex.pow(n, new Complex(-s.re, -s.im));
    eta = n % 2 ? eta.add(term) : eta.sub(term);
  }
  const denom = new Complex(1).sub(Complex.pow(2, new Complex(1 - s.re, -s.im)));
  return eta.div(denom);
}

console.log(zeta(new Complex(2)));
console.log(zeta(new Complex(3, 1)));
