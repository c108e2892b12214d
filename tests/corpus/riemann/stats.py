# expect: none
data = [2.5, 3.1, 4.7, 5.0, 6.2]
mean = sum(data) / len(data)
variance = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, variance ** 0.5)
