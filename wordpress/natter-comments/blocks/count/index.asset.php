<?php
return ['dependencies' => ['wp-blocks', 'wp-element', 'wp-block-editor', 'wp-i18n'], 'version' => '0.1.0'];
