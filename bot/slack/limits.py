"""Slack's platform limits, each with the page that states it."""

from __future__ import annotations

ACK_SECONDS = 3
"""Slack waits this long for a request's acknowledgement.
https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response"""

SIGNATURE_MAX_AGE_SECONDS = 60 * 5
"""Requests whose X-Slack-Request-Timestamp is older are refused (replay protection).
https://docs.slack.dev/authentication/verifying-requests-from-slack"""

MESSAGE_TEXT_CHARS = 40_000
"""chat.postMessage truncates a message's `text` beyond this.
https://docs.slack.dev/reference/methods/chat.postMessage#truncating"""

NOTIFICATION_TEXT_CHARS = 3_000
"""The top-level `text` we send beside blocks: it is what push notifications show, so keep it short.
https://docs.slack.dev/reference/methods/chat.postMessage#text_usage"""

MESSAGE_BLOCKS = 50
"""Blocks in one message. https://docs.slack.dev/reference/block-kit/blocks"""

VIEW_BLOCKS = 100
"""Blocks in a modal or Home tab view. https://docs.slack.dev/reference/block-kit/blocks"""

MESSAGE_BLOCK_TEXT_CHARS = 11_000
"""Budget for all the text in one message's blocks: Slack refuses messages around 12,000 characters of
block text with `msg_blocks_too_long`, a limit it does not document; we stay under it with room to spare.
https://docs.slack.dev/reference/methods/chat.postMessage#errors (msg_blocks_too_long)"""

SECTION_TEXT_CHARS = 3_000
"""A section block's text. https://docs.slack.dev/reference/block-kit/blocks/section-block"""

SECTION_FIELDS = 10
"""Fields in one section block. https://docs.slack.dev/reference/block-kit/blocks/section-block"""

SECTION_FIELD_CHARS = 2_000
"""One field of a section block. https://docs.slack.dev/reference/block-kit/blocks/section-block"""

HEADER_TEXT_CHARS = 150
"""A header block's text. https://docs.slack.dev/reference/block-kit/blocks/header-block"""

CONTEXT_ELEMENTS = 10
"""Elements in a context block. https://docs.slack.dev/reference/block-kit/blocks/context-block"""

BUTTON_TEXT_CHARS = 75
"""A button's label. https://docs.slack.dev/reference/block-kit/block-elements/button-element"""

BUTTON_VALUE_CHARS = 2_000
"""A button's value. https://docs.slack.dev/reference/block-kit/block-elements/button-element"""

ACTIONS_ELEMENTS = 25
"""Elements in one actions block. https://docs.slack.dev/reference/block-kit/blocks/actions-block"""

CHECKBOX_OPTIONS = 10
"""Options in one checkboxes element. https://docs.slack.dev/reference/block-kit/block-elements/checkboxes-element"""

OPTION_TEXT_CHARS = 75
"""An option's text. https://docs.slack.dev/reference/block-kit/composition-objects/option-object"""

UNFURL_URLS = 5
"""Slack asks apps to unfurl at most this many links per message (it sends at most five in `link_shared`).
https://docs.slack.dev/messaging/unfurling-links-in-messages"""

COMPOSER_CHANNEL = "COMPOSER"
"""`link_shared` sent while the message is still being written carries this channel and an `unfurl_id`.
https://docs.slack.dev/reference/events/link_shared"""

OVERFLOW_OPTIONS = 5
"""Options in one overflow menu (at least two). https://docs.slack.dev/reference/block-kit/block-elements/overflow-menu-element"""

OPTION_VALUE_CHARS = 150
"""An option's value. https://docs.slack.dev/reference/block-kit/composition-objects/option-object"""

TRIGGER_SECONDS = 3
"""A `trigger_id` opens a modal only this long after the interaction that gave it.
https://docs.slack.dev/interactivity/handling-user-interaction#modal_responses"""

MODAL_TITLE_CHARS = 24
"""A modal's title, and its submit and close buttons. https://docs.slack.dev/reference/views/modal-views"""

PRIVATE_METADATA_CHARS = 3_000
"""A view's `private_metadata`. https://docs.slack.dev/reference/views/modal-views"""

INPUT_LABEL_CHARS = 2_000
"""An input block's label. https://docs.slack.dev/reference/block-kit/blocks/input-block"""

TEXT_INPUT_CHARS = 3_000
"""A plain-text input's value (`max_length` at most this).
https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element"""

SELECT_OPTIONS = 100
"""Options in a static select or multi-select menu.
https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element"""
