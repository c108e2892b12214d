#include <fcntl.h>
#include <stddef.h>
#include <unistd.h>

int session_key(unsigned char *key, size_t len) {
    int fd;
    // ruleid: c.random-read-unchecked
    fd = open("/dev/urandom", O_RDONLY);
    read(fd, key, len);
    close(fd);
    return 0;
}

int session_key_checked(unsigned char *key, size_t len) {
    // ok: c.random-read-unchecked
    int fd = open("/dev/urandom", O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    ssize_t got = read(fd, key, len);
    close(fd);
    return got == (ssize_t)len ? 0 : -1;
}
