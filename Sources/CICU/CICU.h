// The system ICU (Debian libicu-dev). Swift never imports this module directly: ICU's C functions are
// version-renamed macros (u_getVersion is u_getVersion_72), so CICUShim wraps them with plain names.
#include <unicode/utypes.h>
