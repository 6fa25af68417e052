/* Parse an iCalendar file with libical and apply its restriction checks (iTIP rules when a METHOD is given).
   Prints each error libical records; exit 0 when there is none. Built by tests/test_render_libical.py. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static int report(icalcomponent *component) {
    int errors = 0;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY), errors++)
        printf("%s: %s\n", icalcomponent_kind_to_string(icalcomponent_isa(component)), icalproperty_get_xlicerror(p));
    for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        errors += report(c);
    return errors;
}

int main(int argc, char **argv) {
    FILE *file = argc == 2 ? fopen(argv[1], "rb") : NULL;
    if (!file) return 2;
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    rewind(file);
    char *text = calloc(size + 1, 1);
    if (fread(text, 1, size, file) != (size_t)size) return 2;
    icalcomponent *calendar = icalparser_parse_string(text);
    if (!calendar) {
        printf("not parsed\n");
        return 1;
    }
    int restricted = icalrestriction_check(calendar);
    return report(calendar) == 0 && restricted ? 0 : 1;
}
