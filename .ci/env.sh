# Sourced by the other scripts: the environment every build and test needs.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CARGO_TERM_COLOR=never
# trunk 0.21 reads NO_COLOR as a true/false flag; "1" or "" makes every trunk command fail.
unset NO_COLOR
# npm's binaryen 132 must win over any older wasm-opt on the system.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
