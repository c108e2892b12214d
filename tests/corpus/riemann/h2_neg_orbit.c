/* expect: none */
#include <math.h>
#include <stdio.h>

typedef struct { double x, y, vx, vy; } Body;

static void step(Body *b, double gm, double dt) {
    double r = sqrt(b->x * b->x + b->y * b->y);
    double a = -gm / (r * r * r);
    b->vx += a * b->x * dt;
    b->vy += a * b->y * dt;
    b->x += b->vx * dt;
    b->y += b->vy * dt;
}

int main(void) {
    const double GM = 3.986004418e14;
    Body sat = {7.0e6, 0, 0, sqrt(GM / 7.0e6)};
    double period = 2 * M_PI * sqrt(pow(7.0e6, 3) / GM);
    for (int i = 0; i < 100000; i++) {
        step(&sat, GM, period / 100000);
        if (i % 10000 == 0) printf("%8.1f %10.1f %10.1f\n", i * period / 100000, sat.x, sat.y);
    }
    double energy = 0.5 * (sat.vx * sat.vx + sat.vy * sat.vy) - GM / hypot(sat.x, sat.y);
    printf("specific energy %.3f, log10 %.3f\n", energy, log10(fabs(energy)));
    return 0;
}
