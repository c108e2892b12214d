# expect: none
def monthly_payment(principal, annual_rate, years):
    r = annual_rate / 12
    n = years * 12
    if r == 0:
        return principal / n
    return principal * r / (1 - (1 + r) ** -n)


def schedule(principal, annual_rate, years):
    pay = monthly_payment(principal, annual_rate, years)
    balance = principal
    for month in range(1, years * 12 + 1):
        interest = balance * annual_rate / 12
        balance -= pay - interest
        if month % 12 == 0:
            yield month // 12, round(balance, 2)


def present_value(cash_flows, rate):
    return sum(cf / pow(1 + rate, t) for t, cf in enumerate(cash_flows, start=1))


for year, bal in schedule(300_000, 0.045, 30):
    print(year, bal)
print(present_value([100, 100, 100, 1100], 0.05))
