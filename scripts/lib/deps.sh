# Installs what the product and its tests need on a fresh Debian machine. Sourced.
APT_UPDATED=""

apt_install() {
  [ "$(id -u)" = 0 ] || die "Missing packages ($*); run as root or install them: apt-get install $*"
  if [ -z "$APT_UPDATED" ]; then
    say "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || die "apt-get update failed"
    APT_UPDATED=1
  fi
  say "Installing $* (Debian packages)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
    || die "apt-get install $* failed"
}

ensure_dotnet() {
  command -v dotnet >/dev/null || die "The .NET 10 SDK is missing (dotnet not on PATH); this machine kind ships it."
}

PG_BIN=""
ensure_postgres() {
  local v
  for v in 15 16 17; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then PG_BIN="/usr/lib/postgresql/$v/bin"; return; fi
  done
  apt_install postgresql-15 postgresql-client-15
  PG_BIN=/usr/lib/postgresql/15/bin
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 did not install"
}

ensure_node() {
  command -v npm >/dev/null && command -v node >/dev/null && return
  apt_install nodejs npm
}

ensure_curl() {
  command -v curl >/dev/null || apt_install curl ca-certificates
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium
}

# The captcha image is drawn with the DejaVu font (SkiaSharp's portable build reads font files directly).
ensure_fonts() {
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || apt_install fonts-dejavu-core
}

# The frontend fault test puts the shipped load balancer configuration (deploy/nginx/mooc.conf) in front of the frontends.
ensure_nginx() {
  [ -x /usr/sbin/nginx ] || apt_install nginx-light
}

# The certificate tests rasterise the PDF with pdftoppm to read its QR code back, as a phone camera would.
ensure_poppler() {
  command -v pdftoppm >/dev/null || apt_install poppler-utils
}
