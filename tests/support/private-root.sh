# Sourced by the fixtures that need a private root (tests/real-hestia/inside.sh,
# tests/dist/install-inside.sh), run as PID 1 of their own mount and PID namespace:
#   private_root NAME SIZE   -> sets R to an overlay of the host's / (read-only lower layer)
# whose upper layer is a tmpfs of this namespace, with fresh /proc, /tmp, /run and /dev/shm.
# Whatever is written under $R lands in that tmpfs and is gone when the namespace ends.
private_root() {
    mount -t tmpfs -o "size=$2,mode=0700" "$1" /mnt
    mkdir -p /mnt/upper /mnt/work /mnt/root
    mount -t overlay overlay -o lowerdir=/,upperdir=/mnt/upper,workdir=/mnt/work /mnt/root
    R=/mnt/root
    mount -t proc proc "$R/proc"
    mount --rbind /dev "$R/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$R/dev/shm"
    mount --rbind /sys "$R/sys" && mount -o remount,bind,ro "$R/sys" 2>/dev/null || true
    mount -t tmpfs -o mode=1777 tmpfs "$R/tmp"
    mount -t tmpfs -o mode=0755 tmpfs "$R/run"
}
