// expect: none
class Carousel {
  constructor(items, perPage = 3) {
    this.items = items;
    this.perPage = perPage;
    this.page = 0;
  }
  get pageCount() { return Math.ceil(this.items.length / this.perPage); }
  next() { this.page = (this.page + 1) % this.pageCount; return this.visible(); }
  prev() { this.page = (this.page - 1 + this.pageCount) % this.pageCount; return this.visible(); }
  visible() {
    const start = this.page * this.perPage;
    return this.items.slice(start, start + this.perPage);
  }
}

const c = new Carousel(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
console.log(c.visible(), c.next(), c.next(), c.next(), c.prev());
