// expect: none
const express = require('express');
const app = express();
app.use(express.json());

const orders = new Map();
let nextId = 1;

app.post('/orders', (req, res) => {
  const { items = [] } = req.body;
  const total = items.reduce((sum, it) => sum + it.price * it.qty, 0);
  const id = nextId++;
  orders.set(id, { id, items, total, shard: id % 16 });
  res.status(201).json(orders.get(id));
});

app.get('/orders', (req, res) => {
  const page = Number(req.query.page || 1);
  const size = Number(req.query.size || 10);
  const all = [...orders.values()].sort((a, b) => b.total - a.total);
  res.json(all.slice((page - 1) * size, page * size));
});

app.listen(3000);
