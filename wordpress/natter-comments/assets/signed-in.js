// The signed-in reader, from the attribute the plugin prints for them only:
// the reply form then shows whom they post as instead of name and email fields.
for (const section of document.querySelectorAll('natter-comments[data-wp-user]')) {
  try {
    section.user = JSON.parse(section.dataset.wpUser);
  } catch {
    // A mangled attribute leaves the visitor's form, which still works.
  }
}
