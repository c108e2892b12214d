# expect: none
def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

print([y for y in range(1890, 2030) if is_leap(y)])
