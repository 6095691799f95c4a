#!/usr/bin/env bash
# Builds the base of Ecosystem Graph's container image, without a registry or a Docker daemon, as a
# `docker save` tarball that Jib takes as its `tar://` base (graph-api's `image` Maven profile runs
# this; docs/operations.md, "A container image").
#
#   layer 1: the Debian packages a Java runtime needs here (the C library, zlib, fontconfig and the
#            DejaVu fonts for the model's charts), copied from this machine's installed packages,
#            plus a non-root user (uid/gid 10001) and /data, the volume, owned by it
#   layer 2: a Java runtime linked with jlink from the JDK that runs the build (every module but the
#            development tools: what a JRE holds) under /opt/java
#   config:  that user, PATH and JAVA_HOME, and a health check on the service's readiness (/readyz)
#
# Usage: base-image.sh OUTPUT.tar JAVA_HOME   (Linux x86-64 with dpkg; run as any user)
set -euo pipefail

out=${1:?usage: base-image.sh OUTPUT.tar JAVA_HOME}
java_home=${2:?usage: base-image.sh OUTPUT.tar JAVA_HOME}
uid=10001
arch=x86_64-linux-gnu

command -v dpkg >/dev/null || { echo "base-image.sh: needs dpkg (a Debian or Ubuntu machine) to take the runtime's libraries from" >&2; exit 1; }
[ -x "$java_home/bin/jlink" ] || { echo "base-image.sh: no jlink in $java_home (set JAVA_HOME to a JDK 25)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"

# --- the Java runtime -------------------------------------------------------------------------
tools='jdk\.(compiler|editpad|graal\..*|hotspot\.agent|internal\.(ed|le|md|vm\.ci)|jartool|javadoc|jconsole|jdeps|jdi|jdwp\.agent|jlink|jpackage|jshell|jstatd|incubator\..*)'
modules=$("$java_home/bin/java" --list-modules | sed 's/@.*//' | grep -v -E "^${tools}\$" | paste -sd, -)
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$work/jre" >/dev/null
mkdir -p "$root/opt" && mv "$work/jre" "$root/opt/java"

# --- the Debian packages it needs ------------------------------------------------------------------
# merged /usr as on current Debian: /lib, /lib64, /bin, /sbin point into /usr
mkdir -p "$root/usr/lib/$arch" "$root/usr/lib64" "$root/usr/bin" "$root/usr/sbin"
ln -s usr/lib "$root/lib"; ln -s usr/lib64 "$root/lib64"; ln -s usr/bin "$root/bin"; ln -s usr/sbin "$root/sbin"

package_of() {  # the installed package that holds a library (dpkg knows it by its /usr or its / path)
  local path=$1
  for candidate in "$path" "/usr$path" "${path#/usr}" "$(readlink -f "$path")"; do
    dpkg -S "$candidate" 2>/dev/null | head -n 1 | cut -d: -f1 && return 0
  done
  return 1
}
# The runtime's own libraries, but the desktop and sound ones that a headless server never loads.
libraries=$(find "$root/opt/java" -name '*.so' ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libjsound.so' ! -name 'libsplashscreen.so' \
  -exec ldd {} \; 2>/dev/null | awk '$3 ~ /^\// {print $3}')
libraries+=$'\n'"$(ldd "$root/opt/java/bin/java" | awk '$3 ~ /^\// {print $3}')"
# fontconfig is loaded when text is drawn (the model card's charts), with what it needs
libraries+=$'\n'"/lib/$arch/libfontconfig.so.1"$'\n'"$(ldd "/lib/$arch/libfontconfig.so.1" | awk '$3 ~ /^\// {print $3}')"
libraries+=$'\n'"$(ldd "/lib/$arch/libfreetype.so.6" | awk '$3 ~ /^\// {print $3}')"
packages=$(for lib in $(echo "$libraries" | sort -u); do
  [[ $lib == "$root"* ]] && continue
  package_of "$lib" || { echo "base-image.sh: no installed package holds $lib" >&2; exit 1; }
done | sort -u)
packages=$(printf '%s\n' $packages fontconfig-config fonts-dejavu-core libfreetype6 | sed 's/:amd64$//' | sort -u)
for package in $packages; do
  dpkg -L "$package" | while read -r path; do
    case $path in
      /usr/share/doc/*/copyright) ;;
      /usr/share/doc*|/usr/share/man*|/usr/share/info*|/usr/share/lintian*|/usr/share/bug*|/usr/share/locale*) continue ;;
    esac
    if [ -L "$path" ] || [ -f "$path" ]; then
      cp -a --parents "$path" "$root" 2>/dev/null || cp -a --parents "$(readlink -f "$(dirname "$path")")/$(basename "$path")" "$root"
    fi
  done
done
# the loader where the runtime's binaries look for it
[ -e "$root/lib64/ld-linux-x86-64.so.2" ] || ln -s "/lib/$arch/ld-linux-x86-64.so.2" "$root/usr/lib64/ld-linux-x86-64.so.2"

# --- the user, the volume, temporary files ------------------------------------------------------
mkdir -p "$root/etc" "$root/tmp" "$root/data" "$root/home/ecosystem" "$root/proc" "$root/sys" "$root/dev"
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\necosystem:x:%s:%s:Ecosystem Graph:/home/ecosystem:/usr/sbin/nologin\n' "$uid" "$uid" > "$root/etc/passwd"
printf 'root:x:0:\necosystem:x:%s:\n' "$uid" > "$root/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$root/etc/nsswitch.conf"
printf 'ID=ecosystem-graph-base\nNAME="Ecosystem Graph base (Debian packages: %s; Java runtime %s)"\n' \
  "$(echo $packages | tr ' ' ',')" "$("$root/opt/java/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2)" > "$root/etc/os-release"

# Readable by the non-root user whatever the build's umask; /tmp writable by all.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f -perm -u+r -exec chmod go+r {} +
chmod 1777 "$root/tmp"

# --- layers: reproducible tars (sorted, epoch times, numeric owners) ----------------------------
tar_flags=(--sort=name --mtime=@0 --numeric-owner --format=gnu)
tar -C "$root" "${tar_flags[@]}" --owner=0 --group=0 --exclude=./opt --exclude=./data --exclude=./home/ecosystem -cf "$work/os.tar" .
tar -C "$root" "${tar_flags[@]}" --owner="$uid" --group="$uid" --no-recursion -rf "$work/os.tar" ./data ./home/ecosystem
tar -C "$root" "${tar_flags[@]}" --owner=0 --group=0 -cf "$work/jre.tar" ./opt

os_id=$(sha256sum "$work/os.tar" | cut -d' ' -f1)
jre_id=$(sha256sum "$work/jre.tar" | cut -d' ' -f1)
java_version=$("$root/opt/java/bin/java" -version 2>&1 | head -n 1 | cut -d'"' -f2)
second=1000000000
cat > "$work/config.json" <<JSON
{
  "architecture": "amd64",
  "os": "linux",
  "created": "1970-01-01T00:00:00Z",
  "config": {
    "User": "${uid}:${uid}",
    "Env": ["PATH=/opt/java/bin:/usr/sbin:/usr/bin:/sbin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8", "HOME=/home/ecosystem"],
    "WorkingDir": "/home/ecosystem",
    "Healthcheck": {
      "Test": ["CMD", "java", "-Xmx24m", "-Xss512k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", "/app/classes",
               "com.ecosystemgraph.readiness.ReadinessProbe"],
      "Interval": $((10 * second)),
      "Timeout": $((5 * second)),
      "StartPeriod": $((600 * second)),
      "Retries": 3
    },
    "Labels": {
      "org.opencontainers.image.base.name": "ecosystem-graph-base",
      "com.ecosystemgraph.base.java": "${java_version}",
      "com.ecosystemgraph.base.packages": "$(echo $packages | tr ' ' ',')"
    }
  },
  "rootfs": {"type": "layers", "diff_ids": ["sha256:${os_id}", "sha256:${jre_id}"]},
  "history": [
    {"created": "1970-01-01T00:00:00Z", "created_by": "deploy/image/base-image.sh: Debian packages, user ecosystem (${uid}), /data"},
    {"created": "1970-01-01T00:00:00Z", "created_by": "deploy/image/base-image.sh: jlink of Java ${java_version} into /opt/java"}
  ]
}
JSON
printf '[{"Config":"config.json","RepoTags":["ecosystem-graph-base:%s"],"Layers":["os.tar","jre.tar"]}]\n' "$java_version" > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$work" "${tar_flags[@]}" --owner=0 --group=0 -cf "$out" manifest.json config.json os.tar jre.tar
echo "Base image $out: Java $java_version, packages $(echo $packages | tr '\n' ' ')($(du -h "$out" | cut -f1))"
