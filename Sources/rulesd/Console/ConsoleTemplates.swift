import Mustache

/// The console's HTML, as Mustache templates (swift-mustache; `{{x}}` is escaped for HTML, `{{{x}}}` only
/// for SVG the server drew itself). Built into the binary, so an installed rulesd needs no files beside it.
/// Every page inherits `layout`; every form carries the CSRF token.
enum ConsoleTemplates {
    /// The templates, parsed once.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in sources {
            // The templates are part of the program: a parse error is a bug that every console test shows.
            try! library.register(text, named: name)
        }
        return library
    }()

    /// Renders a page.
    static func render(_ view: Any, _ name: String) -> String {
        library.render(view, withTemplate: name) ?? "<!doctype html><p>page \(name) is missing</p>"
    }

    static let sources: [String: String] = [
        "layout": layout, "login": login, "conversations": conversations, "conversation": conversation, "rules": rules,
        "playground": playground, "health": health,
    ]

    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{$title}}rulesd{{/title}} · rulesd</title>
        <link rel="stylesheet" href="/console/assets/console.css">
        <script src="/console/assets/console.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to the content</a>
        {{#csrf}}
        <header class="top">
        <nav aria-label="Console">
        <a href="/console"{{#navConversations}} aria-current="page"{{/navConversations}}>Conversations</a>
        <a href="/console/rules"{{#navRules}} aria-current="page"{{/navRules}}>Rules</a>
        <a href="/console/playground"{{#navPlayground}} aria-current="page"{{/navPlayground}}>Playground</a>
        <a href="/console/health"{{#navHealth}} aria-current="page"{{/navHealth}}>Health</a>
        </nav>
        <form method="post" action="/console/logout" class="signout"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Sign out</button></form>
        </header>
        {{/csrf}}
        <main id="main">
        {{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{$content}}{{/content}}
        </main>
        </body>
        </html>
        """

    static let login = """
        {{<layout}}
        {{$title}}Sign in{{/title}}
        {{$content}}
        <h1>rulesd</h1>
        <form method="post" action="/console/login" class="card narrow">
        <input type="hidden" name="csrf" value="{{loginToken}}">
        {{#askShop}}
        <label for="shop">Shop</label>
        <input id="shop" name="shop" autocomplete="username" required autofocus>
        {{/askShop}}
        <label for="password">Console password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required{{^askShop}} autofocus{{/askShop}}>
        <button type="submit">Sign in</button>
        {{#askShop}}<p class="hint">Your shop's name and console password: whoever runs rulesd for you gave you both.</p>{{/askShop}}
        {{^askShop}}<p class="hint">The password is the one set in <code>RULESD_CONSOLE_PASSWORD</code> where rulesd runs.</p>{{/askShop}}
        </form>
        {{/content}}
        {{/layout}}
        """

    static let conversations = """
        {{<layout}}
        {{$title}}Conversations{{/title}}
        {{$content}}
        <h1>Conversations</h1>
        <form method="get" action="/console" class="filters" role="search">
        <span class="field"><label for="q">Search</label>
        <input id="q" name="q" type="search" value="{{query}}" placeholder="name, @username or words"></span>
        <span class="field"><label for="channel">Channel</label>
        <select id="channel" name="channel">{{#channels}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/channels}}</select></span>
        <span class="field"><label for="status">Status</label>
        <select id="status" name="status">{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></span>
        <span class="field"><label for="tag">Tag</label>
        <select id="tag" name="tag">{{#tags}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/tags}}</select></span>
        <button type="submit">Show</button>
        </form>
        <p class="count">{{countText}}</p>
        <ul class="conversations">
        {{#rows}}
        <li class="conversation{{#attention}} attention{{/attention}}">
        <a href="{{link}}">
        <span class="badge {{channel}}">{{channelName}}</span>
        <strong>{{name}}</strong> {{#username}}<span class="muted">@{{username}}</span>{{/username}}
        <span class="status {{statusClass}}">{{status}}</span>
        {{#tags}}<span class="tag">{{.}}</span>{{/tags}}
        <span class="last">{{#lastFrom}}<span class="muted">{{lastFrom}}:</span> {{/lastFrom}}{{lastText}}</span>
        <time datetime="{{lastISO}}">{{lastTime}}</time>
        </a>
        </li>
        {{/rows}}
        </ul>
        {{^rows}}<p class="empty">No conversation matches. Customers appear here once they write to the shop.</p>{{/rows}}
        <details class="card">
        <summary>Tags that need attention</summary>
        <form method="post" action="/console/settings/attention">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="attention">Conversations with any of these tags show as "needs attention" (separate them with commas)</label>
        <input id="attention" name="tags" value="{{attentionTags}}">
        <button type="submit">Save</button>
        </form>
        </details>
        {{/content}}
        {{/layout}}
        """

    static let conversation = """
        {{<layout}}
        {{$title}}{{name}}{{/title}}
        {{$content}}
        <p><a href="/console">← All conversations</a></p>
        <h1><span class="badge {{channel}}">{{channelName}}</span> {{name}} {{#username}}<span class="muted">@{{username}}</span>{{/username}}</h1>
        <p class="status {{statusClass}}">{{status}}</p>
        <p class="muted">Contact {{contact}} · first seen {{firstSeen}} · {{messageCountText}}{{#window}} · {{window}}{{/window}}</p>
        <section aria-labelledby="chat-h">
        <h2 id="chat-h">Conversation</h2>
        <ol class="timeline">
        {{#events}}
        <li class="event {{side}}">
        <div class="bubble">
        <p class="meta"><span>{{who}}</span> <time datetime="{{iso}}">{{time}}</time>{{#state}} <span class="delivery {{stateClass}}">{{state}}</span>{{/state}}</p>
        {{#text}}<p class="text">{{text}}</p>{{/text}}
        {{#lines}}<p class="line">{{.}}</p>{{/lines}}
        {{#fired}}
        <div class="why">
        <p><strong>Fired:</strong></p>
        <ul>{{#rules}}<li><strong>{{rule}}</strong>{{#reasons}}: {{reasons}}{{/reasons}}</li>{{/rules}}</ul>
        </div>
        {{/fired}}
        {{#notes}}<p class="note">{{.}}</p>{{/notes}}
        </div>
        </li>
        {{/events}}
        </ol>
        {{^events}}<p class="empty">Nothing yet.</p>{{/events}}
        {{#hasPending}}
        <h3>Still to come</h3>
        <ul>{{#pending}}<li>{{.}}</li>{{/pending}}</ul>
        {{/hasPending}}
        </section>
        <section aria-labelledby="reply-h" class="card">
        <h2 id="reply-h">Answer by hand</h2>
        <form method="post" action="{{base}}/reply">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="reply-text">Your reply (it counts as the shop answering: automatic replies pause{{#takeover}} for {{takeover}}{{/takeover}})</label>
        <textarea id="reply-text" name="text" rows="3" required maxlength="1000" data-counter="reply-count">{{draft}}</textarea>
        <p id="reply-count" class="hint" aria-live="polite"></p>
        <button type="submit">Send</button>
        </form>
        </section>
        <section aria-labelledby="tags-h" class="card">
        <h2 id="tags-h">Tags</h2>
        <ul class="tags">
        {{#tags}}<li><span class="tag">{{name}}</span>
        <form method="post" action="{{base}}/untag" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="tag" value="{{name}}"><button type="submit" aria-label="Remove the tag {{name}}">×</button></form></li>{{/tags}}
        </ul>
        <form method="post" action="{{base}}/tag" class="inline">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="new-tag">Add a tag</label> <input id="new-tag" name="tag" required maxlength="64"> <button type="submit">Add</button>
        </form>
        </section>
        <section aria-labelledby="auto-h" class="card">
        <h2 id="auto-h">Automatic replies</h2>
        {{#paused}}
        <p>{{pausedText}}</p>
        <form method="post" action="{{base}}/resume" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">Resume automatic replies</button></form>
        {{/paused}}
        {{^paused}}<p>rulesd answers this customer by your rules.</p>{{/paused}}
        <form method="post" action="{{base}}/pause" class="inline">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="pause-for">Pause automatic replies for</label>
        <select id="pause-for" name="for"><option value="1h">1 hour</option><option value="1d" selected>1 day</option><option value="7d">7 days</option><option value="forever">until I resume them</option></select>
        <button type="submit">Pause</button>
        </form>
        </section>
        {{/content}}
        {{/layout}}
        """

    static let rules = """
        {{<layout}}
        {{$title}}Rules{{/title}}
        {{$content}}
        <h1>Rules</h1>
        <section class="card" aria-labelledby="loaded-h">
        <h2 id="loaded-h">Loaded</h2>
        <p>{{loadedText}}, version <code>{{version}}</code>, loaded {{loadedAt}}.</p>
        <ul>{{#files}}<li><code>{{.}}</code></li>{{/files}}</ul>
        {{#lastReload}}<p>Last reload {{at}} ({{reason}}): {{outcome}}.</p>{{#diagnostics}}<pre class="diagnostics">{{diagnostics}}</pre>{{/diagnostics}}{{/lastReload}}
        </section>
        <section aria-labelledby="activity-h">
        <h2 id="activity-h">What each rule did</h2>
        <p>Over the last <a href="/console/rules?days=7"{{#days7}} aria-current="page"{{/days7}}>7 days</a> · <a href="/console/rules?days=30"{{#days30}} aria-current="page"{{/days30}}>30 days</a>. Bars: times the rule fired each day; the dark part, replies it sent.</p>
        <div class="table-wrap"><table class="activity">
        <thead><tr><th scope="col">Rule</th><th scope="col">Fired</th><th scope="col">Replies sent</th><th scope="col">Per day</th></tr></thead>
        <tbody>
        {{#rows}}<tr><th scope="row">{{name}}</th><td>{{fires}}</td><td>{{replies}}</td><td>{{{chart}}}</td></tr>{{/rows}}
        </tbody>
        </table></div>
        </section>
        <section class="card" aria-labelledby="never-h">
        <h2 id="never-h">Rules that never fired</h2>
        <p class="muted">{{neverSince}}</p>
        <ul>{{#neverFired}}<li>{{.}}</li>{{/neverFired}}</ul>
        {{^neverFired}}<p>Every rule has fired at least once.</p>{{/neverFired}}
        </section>
        {{/content}}
        {{/layout}}
        """

    static let playground = """
        {{<layout}}
        {{$title}}Playground{{/title}}
        {{$content}}
        <h1>Playground</h1>
        <p>Type a message and see what would fire and why. Nothing is sent and nothing is saved.</p>
        <form method="post" action="/console/playground" class="card">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label for="pg-text">Message</label>
        <textarea id="pg-text" name="text" rows="2" required>{{text}}</textarea>
        <div class="row">
        <label for="pg-channel">Channel</label>
        <select id="pg-channel" name="channel"><option value="instagram"{{#instagram}} selected{{/instagram}}>Instagram</option><option value="whatsapp"{{#whatsapp}} selected{{/whatsapp}}>WhatsApp</option></select>
        <label for="pg-kind">Kind</label>
        <select id="pg-kind" name="kind"><option value="text"{{#kindText}} selected{{/kindText}}>direct message</option><option value="comment"{{#kindComment}} selected{{/kindComment}}>comment on a post</option></select>
        <label><input type="checkbox" name="first" value="1"{{#first}} checked{{/first}}> first contact</label>
        <label for="pg-tags">Tags</label>
        <input id="pg-tags" name="tags" value="{{tags}}" placeholder="vip, wholesale">
        </div>
        <label for="pg-rules">Rules to try instead of the loaded ones (optional; paste and edit, nothing is saved)</label>
        <textarea id="pg-rules" name="rules" rows="10" class="code" spellcheck="false">{{rulesText}}</textarea>
        <button type="submit">Try it</button>
        </form>
        {{#hasDiagnostics}}
        <section class="card" aria-labelledby="diag-h"><h2 id="diag-h">The rules have problems</h2>
        <ul class="diagnostics">{{#diagnostics}}<li><code>{{where}}</code> {{severity}}: {{message}}</li>{{/diagnostics}}</ul></section>
        {{/hasDiagnostics}}
        {{#result}}
        <section class="card" aria-labelledby="result-h">
        <h2 id="result-h">{{headline}}</h2>
        {{#notes}}<p class="note">{{.}}</p>{{/notes}}
        <ul>{{#fired}}<li><strong>{{rule}}</strong>{{#reasons}}: {{reasons}}{{/reasons}}</li>{{/fired}}</ul>
        {{#hasActions}}<h3>Would do</h3><ul>{{#actions}}<li>{{.}}</li>{{/actions}}</ul>{{/hasActions}}
        <details><summary>Why the other rules did not fire</summary>
        <ul>{{#skipped}}<li><strong>{{rule}}</strong>{{#reasons}}: {{reasons}}{{/reasons}}</li>{{/skipped}}</ul>
        </details>
        </section>
        {{/result}}
        {{/content}}
        {{/layout}}
        """

    static let health = """
        {{<layout}}
        {{$title}}Health{{/title}}
        {{$content}}
        <h1>Health</h1>
        <p class="status {{statusClass}}">{{statusText}}</p>
        {{#problems}}<p class="notice error">{{.}}</p>{{/problems}}
        <section class="card" aria-labelledby="out-h">
        <h2 id="out-h">Sending</h2>
        <div class="table-wrap"><table>
        <thead><tr><th scope="col">To</th><th scope="col">Waiting</th><th scope="col">Failed (7 days)</th><th scope="col">Not sent: window closed (7 days)</th><th scope="col">Why</th></tr></thead>
        <tbody>
        {{#destinations}}<tr><th scope="row">{{destination}}</th><td>{{waiting}}</td><td>{{failed}}</td><td>{{expired}}</td><td><ul>{{#reasons}}<li>{{.}}</li>{{/reasons}}</ul></td></tr>{{/destinations}}
        </tbody>
        </table></div>
        {{^destinations}}<p>Nothing waiting, nothing failed in the last 7 days.</p>{{/destinations}}
        </section>
        <section class="card" aria-labelledby="events-h">
        <h2 id="events-h">Last message received</h2>
        <ul>{{#events}}<li>{{channel}}: {{time}}</li>{{/events}}</ul>
        {{^events}}<p>No message received yet.</p>{{/events}}
        </section>
        <section class="card" aria-labelledby="rules-h">
        <h2 id="rules-h">Rules</h2>
        <p>{{rulesText}}</p>
        </section>
        {{/content}}
        {{/layout}}
        """
}
