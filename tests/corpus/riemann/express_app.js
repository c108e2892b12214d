// expect: none
const express = require('express');
const app = express();
const users = new Map();

app.get('/users/:id', (req, res) => {
  const user = users.get(req.params.id);
  if (!user) return res.status(404).json({ error: 'not found' });
  res.json(user);
});

app.listen(3000, () => console.log('listening'));
