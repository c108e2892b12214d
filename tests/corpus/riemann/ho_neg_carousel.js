// expect: none
class Carousel {
  constructor(el, slides) {
    this.el = el;
    this.slides = slides;
    this.index = 0;
  }
  next() {
    this.index = (this.index + 1) % this.slides.length;
    this.render();
  }
  prev() {
    this.index = (this.index - 1 + this.slides.length) % this.slides.length;
    this.render();
  }
  render() {
    this.el.innerHTML = `<img src="${encodeURI(this.slides[this.index])}" alt="">`;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  const c = new Carousel(document.querySelector('#hero'), ['a.jpg', 'b.jpg', 'c.jpg']);
  setInterval(() => c.next(), 5000);
});
