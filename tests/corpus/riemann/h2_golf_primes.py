# expect: prime_pattern
p=lambda n:n>1and all(n%d for d in range(2,int(n**.5)+1))
print(*filter(p,range(200)))
