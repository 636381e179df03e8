// Paste from Word and other web pages into the rich-text editor (Trix). Trix keeps what its document model has
// (bold, italic, links, lists, quotes, one heading level) and would flatten a table into lines of text; this handler
// cleans the pasted HTML first (Word's list paragraphs become lists; styles, classes, fonts and Word's own markup go)
// and inserts each table as an attachment holding the clean table, which the server stores as a plain <table>.
// The server cleans every body again on save (BodySanitizer): this only makes the editor show what will be stored.
(function () {
  "use strict";
  if (!window.Trix) {
    return;
  }

  var dropped = "script,style,meta,link,title,xml,template,noscript,iframe,object,embed,svg,math,input,button,select,textarea";
  var kept = /^(P|BR|H[1-6]|STRONG|B|EM|I|U|S|A|UL|OL|LI|BLOCKQUOTE|PRE|CODE|SUB|SUP|TABLE|CAPTION|THEAD|TBODY|TFOOT|TR|TH|TD)$/;
  var attributes = { A: ["href"], TD: ["colspan", "rowspan"], TH: ["colspan", "rowspan", "scope"], OL: ["start"] };

  // Word writes a list item's number or bullet between [if !supportLists] and [endif] comments.
  function takeListMarkers(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
    var starts = [];
    while (walker.nextNode()) {
      if (walker.currentNode.data.trim().indexOf("[if !supportLists]") === 0) {
        starts.push(walker.currentNode);
      }
    }
    starts.forEach(function (start) {
      var marker = "";
      var node = start.nextSibling;
      while (node && !(node.nodeType === Node.COMMENT_NODE && node.data.trim().indexOf("[endif]") === 0)) {
        var next = node.nextSibling;
        marker += node.textContent;
        node.remove();
        node = next;
      }
      if (start.parentElement) {
        start.parentElement.setAttribute("data-word-marker", marker.trim());
      }
    });
  }

  function isListParagraph(element) {
    return element && element.tagName === "P" && (element.hasAttribute("data-word-marker")
      || /^MsoListParagraph/i.test(element.className) || /mso-list:/i.test(element.getAttribute("style") || ""));
  }

  // Runs of Word's list paragraphs become one list each (numbered when the marker is a number or letter).
  function makeLists(body) {
    Array.prototype.forEach.call(body.querySelectorAll("p"), function (paragraph) {
      if (!paragraph.isConnected || !isListParagraph(paragraph)) {
        return;
      }
      var numbered = /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]/i.test(paragraph.getAttribute("data-word-marker") || "");
      var list = document.createElement(numbered ? "ol" : "ul");
      paragraph.before(list);
      for (var item = paragraph; isListParagraph(item); item = list.nextElementSibling) {
        var li = document.createElement("li");
        while (item.firstChild) {
          li.appendChild(item.firstChild);
        }
        list.appendChild(li);
        item.remove();
      }
    });
  }

  function clean(html) {
    var body = new DOMParser().parseFromString(html, "text/html").body;
    takeListMarkers(body);
    body.querySelectorAll(dropped).forEach(function (element) { element.remove(); });
    body.querySelectorAll("*").forEach(function (element) {
      if (element.tagName.indexOf(":") >= 0) {
        element.remove();
      }
    });
    makeLists(body);
    Array.prototype.slice.call(body.querySelectorAll("*")).reverse().forEach(function (element) {
      // Trix has one heading level: every heading stays a heading.
      var tag = /^H[2-6]$/.test(element.tagName) ? "H1" : element.tagName;
      if (!kept.test(tag) || /(^|;)\s*font-weight\s*:\s*(normal|400)/i.test(element.getAttribute("style") || "")) {
        element.replaceWith.apply(element, Array.prototype.slice.call(element.childNodes));
        return;
      }
      var target = element;
      if (tag !== element.tagName) {
        target = document.createElement(tag);
        while (element.firstChild) {
          target.appendChild(element.firstChild);
        }
        element.replaceWith(target);
      }
      Array.prototype.slice.call(target.attributes).forEach(function (attribute) {
        if ((attributes[tag] || []).indexOf(attribute.name) < 0) {
          target.removeAttribute(attribute.name);
        }
      });
    });
    return body;
  }

  document.addEventListener("paste", function (event) {
    var editorElement = event.target.closest ? event.target.closest("trix-editor") : null;
    var html = event.clipboardData ? event.clipboardData.getData("text/html") : "";
    if (!editorElement || !html) {
      return;
    }
    // Before Trix's own handler, which would read the uncleaned HTML.
    event.preventDefault();
    event.stopPropagation();
    var body = clean(html);
    // Line breaks in the clipboard's source are layout, not text: Trix would keep them as <br>.
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    var texts = [];
    while (walker.nextNode()) {
      texts.push(walker.currentNode);
    }
    texts.forEach(function (text) {
      text.data = text.data.replace(/\s*[\r\n]+\s*/g, " ");
      if (!text.data.trim() && text.parentNode === body) {
        text.remove();
      }
    });
    // A table becomes the editor's attachment, read by Trix from the same markup a stored table opens with.
    Array.prototype.forEach.call(body.querySelectorAll("table"), function (table) {
      if (table.parentElement.closest("table")) {
        return;
      }
      var figure = document.createElement("figure");
      figure.setAttribute("data-trix-attachment", JSON.stringify({ content: table.outerHTML, contentType: "text/html" }));
      table.replaceWith(figure);
    });
    editorElement.editor.insertHTML(body.innerHTML);
  }, true);
})();
