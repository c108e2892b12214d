// expect: none
// sRGB <-> linear conversion (display gamma), used by a canvas colour picker
const GAMMA = 2.4;

function srgbToLinear(c) {
  c /= 255;
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, GAMMA);
}

function linearToSrgb(v) {
  const c = v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / GAMMA) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
}

function mix(a, b, t) {
  return a.map((ch, i) => linearToSrgb(srgbToLinear(ch) * (1 - t) + srgbToLinear(b[i]) * t));
}

function luminance([r, g, b]) {
  return 0.2126 * srgbToLinear(r) + 0.7152 * srgbToLinear(g) + 0.0722 * srgbToLinear(b);
}

console.log(mix([255, 0, 0], [0, 0, 255], 0.5), luminance([128, 128, 128]).toFixed(4));
