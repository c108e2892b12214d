// expect: none
const srgbToLinear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linearToSrgb = (c) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function mix(hexA, hexB, t, gamma = 2.2) {
  const parse = (h) => [0, 2, 4].map((i) => parseInt(h.slice(1 + i, 3 + i), 16) / 255);
  const a = parse(hexA).map(srgbToLinear);
  const b = parse(hexB).map(srgbToLinear);
  const out = a.map((v, i) => linearToSrgb(v + (b[i] - v) * t));
  return '#' + out.map((v) => Math.round(Math.pow(v, 1 / gamma) ** gamma * 255)
    .toString(16).padStart(2, '0')).join('');
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => srgbToLinear(parseInt(hex.substr(i, 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (x, y) => {
  const [l1, l2] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (l1 + 0.05) / (l2 + 0.05);
};

console.log(mix('#ff0000', '#0000ff', 0.5));
console.log(contrast('#ffffff', '#767676').toFixed(2));
