// expect: none
const balls = [];
for (let i = 0; i < 20; i++) {
  balls.push({ x: Math.random() * 800, y: Math.random() * 600, vx: Math.random() * 4 - 2, vy: Math.random() * 4 - 2, r: 10 });
}

function distance(a, b) {
  return Math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2);
}

function step() {
  for (const b of balls) {
    b.x += b.vx;
    b.y += b.vy;
    if (b.x < b.r || b.x > 800 - b.r) b.vx = -b.vx;
    if (b.y < b.r || b.y > 600 - b.r) b.vy = -b.vy;
  }
  for (let i = 0; i < balls.length; i++) {
    for (let j = i + 1; j < balls.length; j++) {
      if (distance(balls[i], balls[j]) < balls[i].r + balls[j].r) {
        [balls[i].vx, balls[j].vx] = [balls[j].vx, balls[i].vx];
        [balls[i].vy, balls[j].vy] = [balls[j].vy, balls[i].vy];
      }
    }
  }
}

setInterval(step, 16);
