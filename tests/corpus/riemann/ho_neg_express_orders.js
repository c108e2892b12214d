// expect: none
const express = require('express');
const app = express();
app.use(express.json());

const orders = new Map();
let nextId = 1;

app.post('/orders', (req, res) => {
  const { items } = req.body;
  if (!Array.isArray(items) || items.length === 0) return res.status(400).json({ error: 'items required' });
  const total = items.reduce((sum, it) => sum + it.price * it.qty, 0);
  const order = { id: nextId++, items, total: Math.round(total * 100) / 100 };
  orders.set(order.id, order);
  res.status(201).json(order);
});

app.get('/orders/:id', (req, res) => {
  const order = orders.get(Number(req.params.id));
  if (!order) return res.sendStatus(404);
  res.json(order);
});

app.listen(3000);
