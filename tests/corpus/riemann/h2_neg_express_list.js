// expect: none
const express = require('express');
const app = express();

const products = Array.from({ length: 137 }, (_, i) => ({ id: i + 1, price: Math.round(Math.pow(1.07, i % 30) * 100) / 100 }));

app.get('/api/products', (req, res) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const size = Math.min(50, parseInt(req.query.size, 10) || 10);
  const pages = Math.ceil(products.length / size);
  const items = products.slice((page - 1) * size, page * size);
  res.json({ page, pages, items, hasNext: page < pages });
});

app.get('/api/products/:id', (req, res) => {
  const p = products.find(x => x.id === Number(req.params.id));
  if (!p) return res.status(404).json({ error: 'not found' });
  res.json(p);
});

app.listen(3000);
