// expect: gamma_function
class Gamma {
  static G = 7;
  static P = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028,
    771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];

  static eval(z) {
    if (z < 0.5) {
      return Math.PI / (Math.sin(Math.PI * z) * Gamma.eval(1 - z));
    }
    z -= 1;
    let x = Gamma.P[0];
    for (let i = 1; i < Gamma.G + 2; i++) x += Gamma.P[i] / (z + i);
    const t = z + Gamma.G + 0.5;
    return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * x;
  }
}

for (const v of [0.5, 1, 1.5, 4, 7.25]) console.log(v, Gamma.eval(v));
