// expect: none
#include <math.h>
#include <stdio.h>

#define RATE 48000

static double rms(const float *buf, int n) {
    double acc = 0;
    for (int i = 0; i < n; i++) acc += buf[i] * buf[i];
    return sqrt(acc / n);
}

static double to_db(double amplitude) { return 20.0 * log10(amplitude + 1e-12); }

int main(void) {
    static float buf[RATE];
    double gamma = 0.5;   /* perceptual curve exponent for the meter */
    for (int i = 0; i < RATE; i++) {
        double t = (double)i / RATE;
        buf[i] = (float)(0.5 * sin(2 * M_PI * 440 * t) * exp(-3 * t));
    }
    for (int block = 0; block < RATE; block += RATE / 8) {
        double level = rms(buf + block, RATE / 8);
        int bars = (int)(40 * pow(level / 0.5, gamma));
        printf("%6.1f dB |%.*s\n", to_db(level), bars, "########################################");
    }
    int frames = RATE % 1024 ? RATE / 1024 + 1 : RATE / 1024;
    printf("%d frames\n", frames);
    return 0;
}
