// expect: none
const canvas = document.getElementById('game');
const ctx = canvas.getContext('2d');
const particles = Array.from({ length: 200 }, () => ({
  x: Math.random() * canvas.width,
  y: Math.random() * canvas.height,
  vx: (Math.random() - 0.5) * 2,
  vy: (Math.random() - 0.5) * 2,
  angle: 0,
}));

function step(dt) {
  for (const p of particles) {
    const dx = canvas.width / 2 - p.x, dy = canvas.height / 2 - p.y;
    const dist = Math.sqrt(dx * dx + dy * dy) + 1e-3;
    const force = 50 / (dist * dist);
    p.vx += (force * dx) / dist * dt;
    p.vy += (force * dy) / dist * dt;
    p.x = (p.x + p.vx + canvas.width) % canvas.width;
    p.y = (p.y + p.vy + canvas.height) % canvas.height;
    p.angle = (p.angle + Math.atan2(p.vy, p.vx)) % (2 * Math.PI);
  }
}

function draw() {
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  for (const p of particles) ctx.fillRect(p.x, p.y, 2, 2);
}

let last = performance.now();
(function loop(now) {
  step((now - last) / 16.7);
  last = now;
  draw();
  requestAnimationFrame(loop);
})(last);
