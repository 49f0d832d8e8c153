// The editor's side of the Natter comment count block: the count itself is
// drawn on the site by <natter-count>, so the editor shows a placeholder.
(function (blocks, element, blockEditor, i18n) {
  blocks.registerBlockType('natter/count', {
    edit: function () {
      return element.createElement(
        'span',
        blockEditor.useBlockProps(),
        i18n.__('Comment count (shown on the site)', 'natter-comments'),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.i18n);
