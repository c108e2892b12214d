/* expect: none */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct employee {
    char name[32];
    int age;
    double salary;
};

static int by_salary(const void *a, const void *b) {
    const struct employee *x = a, *y = b;
    return (x->salary < y->salary) - (x->salary > y->salary);
}

int main(void) {
    struct employee staff[] = {
        {"alice", 34, 72000}, {"bob", 28, 58000}, {"carol", 45, 91000}, {"dan", 39, 66000},
    };
    size_t n = sizeof staff / sizeof staff[0];
    qsort(staff, n, sizeof staff[0], by_salary);
    for (size_t i = 0; i < n; i++) printf("%-8s %3d %9.2f\n", staff[i].name, staff[i].age, staff[i].salary);
    return 0;
}
