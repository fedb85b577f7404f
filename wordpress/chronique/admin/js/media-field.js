/* Chronique: pick an avatar from the media library on the profile screen. */
/* global jQuery, wp, window -- WordPress admin globals (wp_enqueue_media and the jquery handle) */
;(function ($) {
  'use strict'
  $(function () {
    $('.chronique-media-field').each(function () {
      var field = $(this)
      var input = field.find('input[type=number]')
      var preview = field.find('.chronique-media-preview')
      var frame = null
      field.find('.chronique-media-choose').on('click', function () {
        if (!frame) {
          frame = wp.media({
            title: window.chroniqueMediaField.title,
            button: { text: window.chroniqueMediaField.button },
            library: { type: 'image' },
            multiple: false,
          })
          frame.on('select', function () {
            var image = frame.state().get('selection').first().toJSON()
            input.val(image.id)
            preview.empty().append($('<img>', { src: image.url, alt: '', width: 64, height: 64 }))
          })
        }
        frame.open()
      })
      field.find('.chronique-media-clear').on('click', function () {
        input.val('')
        preview.empty()
      })
    })
  })
})(jQuery)
