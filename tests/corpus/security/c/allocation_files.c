#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *copy_name(const char *name) {
    // ruleid: c.alloc-strlen-off-by-one
    char *out = malloc(strlen(name));
    if (out != NULL) {
        out[0] = '\0';
    }
    return out;
}

char *copy_name_fixed(const char *name) {
    // ok: c.alloc-strlen-off-by-one
    char *out = malloc(strlen(name) + 1);
    if (out != NULL) {
        out[0] = '\0';
    }
    return out;
}

int create_log(const char *path) {
    // ruleid: c.open-creat-no-mode
    return open(path, O_WRONLY | O_CREAT | O_APPEND);
}

int create_log_fixed(const char *path) {
    // ok: c.open-creat-no-mode
    return open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
}

int enter_jail(const char *root) {
    // ruleid: c.chroot-no-chdir
    return chroot(root);
}

int enter_jail_fixed(const char *root) {
    if (chdir(root) != 0) {
        return -1;
    }
    // ok: c.chroot-no-chdir
    return chroot(".");
}
