// expect: prime_pattern
for(p=[],i=2;p.length<25;i++)p.every(q=>i%q)&&p.push(i);console.log(p.join` `)
