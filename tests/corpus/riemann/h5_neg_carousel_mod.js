// expect: none
class Carousel {
  constructor(items, visible = 3) {
    this.items = items;
    this.visible = visible;
    this.index = 0;
  }

  // wrap-around with a true modulo (JS % keeps the sign of the dividend)
  mod(n, m) {
    return ((n % m) + m) % m;
  }

  next() { this.index = this.mod(this.index + 1, this.items.length); return this.window(); }
  prev() { this.index = this.mod(this.index - 1, this.items.length); return this.window(); }

  window() {
    return Array.from({ length: this.visible }, (_, k) => this.items[this.mod(this.index + k, this.items.length)]);
  }
}

const c = new Carousel(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3);
console.log(c.prev(), c.prev(), c.next());
const pages = Math.ceil(97 / 10);
const isEven = (n) => n % 2 === 0;
console.log(pages, [1, 2, 3, 4].filter(isEven), Math.sqrt(2) ** 2, Math.log(Math.E));
