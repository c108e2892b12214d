// expect: none
export class Carousel {
  constructor(root, { interval = 5000 } = {}) {
    this.root = root;
    this.slides = [...root.querySelectorAll('.slide')];
    this.index = 0;
    this.timer = setInterval(() => this.next(), interval);
    root.addEventListener('keydown', e => {
      if (e.key === 'ArrowRight') this.next();
      if (e.key === 'ArrowLeft') this.prev();
    });
  }

  show(i) {
    const n = this.slides.length;
    this.index = ((i % n) + n) % n;
    this.slides.forEach((s, k) => s.classList.toggle('active', k === this.index));
  }

  next() { this.show(this.index + 1); }
  prev() { this.show(this.index - 1); }
}
