// expect: none
// Game loop: orbiting sprites, frame-indexed animation and distance falloff.
const sprites = Array.from({ length: 12 }, (_, i) => ({ angle: (i / 12) * 2 * Math.PI, r: 80 }));
let frame = 0;

function update(dt) {
  frame = (frame + 1) % 60;
  for (const s of sprites) {
    s.angle = (s.angle + dt * 0.5) % (2 * Math.PI);
    s.x = 160 + s.r * Math.cos(s.angle);
    s.y = 120 + s.r * Math.sin(s.angle);
    const d = Math.hypot(s.x - 160, s.y - 120);
    s.alpha = 1 / (1 + Math.log1p(d));
  }
}

for (let i = 0; i < 5; i++) update(1 / 60);
console.log(frame, sprites[0]);
