// Helpers shared by the Qt Quick tests.
.pragma library

// Every item below `item` (visual children, depth first), the item included.
function allItems(item) {
    const found = [item];
    const children = item.children || [];
    for (let i = 0; i < children.length; ++i)
        found.push(...allItems(children[i]));
    return found;
}

// The first visible item whose `text` is exactly `text`.
function findByText(root, text) {
    return allItems(root).find(item => item.visible && item.text === text) || null;
}

// The first visible button-like item (it has `clicked` and `text`) showing `text`.
function findButton(root, text) {
    return allItems(root).find(item => item.visible && item.text === text
        && item.clicked !== undefined && item.checkable !== undefined) || null;
}

function isText(item) {
    return item.truncated !== undefined && item.elide !== undefined && item.lineCount !== undefined;
}

function effectivelyShown(item) {
    for (let it = item; it; it = it.parent) {
        if (!it.visible || it.opacity <= 0.01)
            return false;
    }
    return true;
}

// The part of the window an item can show: the window, cut down by every
// ancestor that clips (a scrolled list, a ScrollView).
function visibleArea(item, window) {
    let area = {x: 0, y: 0, width: window.width, height: window.height};
    for (let it = item.parent; it; it = it.parent) {
        if (!it.clip)
            continue;
        const p = it.mapToItem(null, 0, 0);
        const left = Math.max(area.x, p.x), top = Math.max(area.y, p.y);
        const right = Math.min(area.x + area.width, p.x + it.width);
        const bottom = Math.min(area.y + area.height, p.y + it.height);
        area = {x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top)};
    }
    return area;
}

function rectOf(item) {
    const p = item.mapToItem(null, 0, 0);
    return {x: p.x, y: p.y, width: item.width, height: item.height};
}

function inside(inner, outer) {
    return inner.x >= outer.x - 1 && inner.y >= outer.y - 1
        && inner.x + inner.width <= outer.x + outer.width + 1
        && inner.y + inner.height <= outer.y + outer.height + 1;
}

function intersect(a, b) {
    return a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width
        && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height;
}

function describe(item) {
    return JSON.stringify(String(item.text).slice(0, 40));
}

// Problems with the text on screen: text cut off (elided, or painted wider or
// taller than its box), text outside what the window or its scroll area shows
// (partly scrolled out of view is fine), and texts drawn over each other.
// With `within`, only the text under that item (an open dialog, say, whose
// background hides the page under it).
function textProblems(window, within) {
    const problems = [];
    const shown = [];
    for (const item of allItems(within || window.contentItem.parent)) {
        if (!isText(item) || String(item.text).length === 0 || !effectivelyShown(item))
            continue;
        const area = visibleArea(item, window);
        const rect = rectOf(item);
        const onScreen = intersect(rect, area);
        if (!onScreen)
            continue;
        if (item.truncated)
            problems.push("cut off: " + describe(item));
        else if (item.wrapMode === 0 && item.contentWidth > item.width + 1)
            problems.push("wider than its box: " + describe(item));
        // Cut at the top or bottom by a scrolling area is fine; cut at the
        // sides, or past the window's edge where nothing scrolls, is not.
        const cutSideways = rect.x < area.x - 1 || rect.x + rect.width > area.x + area.width + 1;
        const pastTheWindow = !inside(rect, {x: 0, y: 0, width: window.width, height: window.height})
            && inside(rect, area);
        if (cutSideways || pastTheWindow)
            problems.push("outside the window: " + describe(item));
        shown.push({item: item, rect: inside(rect, area) ? rect : null});
    }
    for (let i = 0; i < shown.length; ++i) {
        for (let j = i + 1; j < shown.length; ++j) {
            const a = shown[i], b = shown[j];
            if (a.rect && b.rect && intersect(paintedRect(a.item, a.rect), paintedRect(b.item, b.rect)))
                problems.push("overlapping: " + describe(a.item) + " and " + describe(b.item));
        }
    }
    return problems;
}

// Where the glyphs are, within an item's box (a centred label paints less than its width).
function paintedRect(item, rect) {
    const width = Math.min(item.contentWidth, item.width);
    const height = Math.min(item.contentHeight, item.height);
    let x = rect.x, y = rect.y;
    if (item.horizontalAlignment === 4) // AlignHCenter
        x += (item.width - width) / 2;
    else if (item.horizontalAlignment === 2) // AlignRight
        x += item.width - width;
    if (item.verticalAlignment === 128) // AlignVCenter
        y += (item.height - height) / 2;
    else if (item.verticalAlignment === 64) // AlignBottom
        y += item.height - height;
    return {x: x, y: y, width: width, height: height};
}

// Something a person taps: it has `clicked` and `checkable` (buttons, switches,
// delegates, tabs).
function isControl(item) {
    return item.clicked !== undefined && item.checkable !== undefined;
}

function isInside(item, ancestor) {
    for (let it = item; it; it = it.parent) {
        if (it === ancestor)
            return true;
    }
    return false;
}

// The part of an item the window shows, or null when none of it is shown.
function shownRect(item, window) {
    return clipTo(rectOf(item), visibleArea(item, window));
}

// Controls smaller than a fingertip (48 x 48 px), among those shown.
function smallTargets(window, root) {
    return allItems(root || window.contentItem.parent)
        .filter(item => isControl(item) && effectivelyShown(item) && shownRect(item, window) !== null
                && (item.width < 47.5 || item.height < 47.5))
        .map(item => describe(item) + " " + Math.round(item.width) + "x"
             + Math.round(item.height));
}

function clipTo(rect, area) {
    const left = Math.max(rect.x, area.x), top = Math.max(rect.y, area.y);
    const right = Math.min(rect.x + rect.width, area.x + area.width);
    const bottom = Math.min(rect.y + rect.height, area.y + area.height);
    return right - left > 1 && bottom - top > 1 ? {x: left, y: top, width: right - left, height: bottom - top} : null;
}

// Inside something that scrolls: such text may pass under a bar that floats
// over the scrolling area, as it is meant to.
function scrolls(item) {
    for (let it = item.parent; it; it = it.parent) {
        if (it.clip && it.contentY !== undefined)
            return true;
    }
    return false;
}

// Controls drawn over each other or over text that is not theirs: what a
// squeezed layout does when it runs out of room.
function overlapProblems(window, root) {
    const everything = allItems(root || window.contentItem.parent);
    const controls = everything.filter(item => isControl(item) && effectivelyShown(item))
        .map(item => ({item: item, rect: shownRect(item, window)})).filter(entry => entry.rect !== null);
    const texts = everything.filter(item => isText(item) && String(item.text).length > 0 && effectivelyShown(item)
                                    && !scrolls(item))
        .map(item => ({item: item, rect: clipTo(paintedRect(item, rectOf(item)), visibleArea(item, window))}))
        .filter(entry => entry.rect !== null);
    const problems = [];
    for (let i = 0; i < controls.length; ++i) {
        const a = controls[i];
        for (let j = i + 1; j < controls.length; ++j) {
            const b = controls[j];
            if (!isInside(a.item, b.item) && !isInside(b.item, a.item) && intersect(a.rect, b.rect))
                problems.push("controls overlap: " + describe(a.item) + " and " + describe(b.item));
        }
        for (const text of texts) {
            if (!isInside(text.item, a.item) && !isInside(a.item, text.item) && intersect(a.rect, text.rect))
                problems.push("text over a control: " + describe(text.item) + " on " + describe(a.item));
        }
    }
    return problems;
}
