"""WebSub (W3C Recommendation, 2018): this service as hub and publisher of its feeds and calendars.

The web app advertises the hub (`rel="hub"`, `rel="self"`) and takes subscription requests at
POST /websub (`feed.web.websub`); the scheduler's WebSub job (`feed.websub.hub`) verifies intent,
notices when a topic's body changes, delivers it to subscribers and pings outside hubs.
"""

from __future__ import annotations

from feed.websub.callbacks import CallbackError, signature
from feed.websub.hub import WebSubWorker
from feed.websub.topics import Topic, TopicError, topic_path

__all__ = ["CallbackError", "Topic", "TopicError", "WebSubWorker", "signature", "topic_path"]
