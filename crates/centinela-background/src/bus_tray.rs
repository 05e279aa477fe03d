//! The tray icon of `centinela-tray`, served straight on the session bus: a StatusNotifierItem
//! and its com.canonical.dbusmenu menu, without GTK. It exports the same objects, at the same
//! paths, as libappindicator does for the full app's tray (tray-icon, id "main"), so a tray host
//! and the end-to-end tests (tests/e2e/harness.js) cannot tell the two processes apart.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use serde::ser::{Serialize, SerializeMap, Serializer};
use zbus::blocking::connection::Builder;
use zbus::blocking::Connection;
use zbus::fdo::{self, RequestNameFlags};
use zbus::interface;
use zbus::object_server::SignalEmitter;
use zbus::zvariant::{OwnedObjectPath, OwnedValue, SerializeValue, Signature, Type, Value};

/// What the family chose in the tray's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrayEvent {
    Open,
    Quit,
}

/// libappindicator's paths for tray-icon's id "main"; the e2e harness hard-codes them.
const ITEM_PATH: &str = "/org/ayatana/NotificationItem/tray_icon_tray_app_main";
const MENU_PATH: &str = "/org/ayatana/NotificationItem/tray_icon_tray_app_main/Menu";
const ITEM_ID: &str = "tray_icon_tray_app_main";
const SNI_IFACE: &str = "org.kde.StatusNotifierItem";
const MENU_IFACE: &str = "com.canonical.dbusmenu";
const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const TITLE: &str = "Centinela";

/// Menu item ids (the root is 0).
const OPEN_ID: i32 = 1;
const QUIT_ID: i32 = 2;

/// The picture beside the clock, for hosts that cannot find "centinela" in the icon theme.
const ICON_PNG: &[u8] = include_bytes!("../../../icons/32x32.png");

/// The second tray of one process (the unit tests start several) needs its own name.
static NEXT_ITEM: AtomicU32 = AtomicU32::new(1);

/// One icon image of the StatusNotifierItem spec: width, height, ARGB32 in network byte order.
type Pixmap = (i32, i32, Vec<u8>);

/// What changes while the tray runs; both exported objects read it.
struct State {
    /// Labels of items 1 (open) and 2 (quit).
    labels: [String; 2],
    /// dbusmenu layout revision: hosts refetch the menu when it grows.
    revision: u32,
    /// The text beside the icon (XAyatanaLabel).
    label: String,
    /// The tooltip's text under its "Centinela" title.
    tooltip: String,
}

type Shared = Arc<Mutex<State>>;

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panicking handler cannot leave the state half-written: every field is replaced whole.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The running tray: the bus connection that serves both objects, and what updates them.
pub struct BusTray {
    conn: Connection,
    state: Shared,
    /// The watcher connection (unique name) that last accepted our registration.
    watcher: Mutex<Option<String>>,
}

impl BusTray {
    /// Exports the item and its two-item menu on the session bus and registers with the
    /// StatusNotifierWatcher if one runs (no watcher: still exported, Ok). `open`/`quit` are the menu labels.
    pub fn start(open: &str, quit: &str, events: Sender<TrayEvent>) -> Result<BusTray, String> {
        let state: Shared = Arc::new(Mutex::new(State {
            labels: [open.to_string(), quit.to_string()],
            revision: 1,
            label: String::new(),
            tooltip: String::new(),
        }));
        let item = Item {
            state: state.clone(),
            events: events.clone(),
            pixmap: icon_pixmap(),
        };
        let menu = Menu {
            state: state.clone(),
            events,
        };
        // Both objects on one connection: the harness finds the menu by our pid's connection
        // and reads the label from the item on that same connection.
        let conn = Builder::session()
            .and_then(|b| {
                b.method_timeout(Duration::from_secs(5))
                    .serve_at(ITEM_PATH, item)
            })
            .and_then(|b| b.serve_at(MENU_PATH, menu))
            .and_then(|b| b.build())
            .map_err(|e| format!("cannot export the tray icon on the session bus: {e}"))?;
        // The name the spec asks items to own; hosts find us through the watcher anyway, so
        // not getting it is no reason to go without a tray.
        let name = format!(
            "org.kde.StatusNotifierItem-{}-{}",
            std::process::id(),
            NEXT_ITEM.fetch_add(1, Ordering::Relaxed)
        );
        if let Err(e) =
            conn.request_name_with_flags(name.as_str(), RequestNameFlags::DoNotQueue.into())
        {
            eprintln!("centinela: cannot own {name} for the tray icon: {e}");
        }
        let tray = BusTray {
            conn,
            state,
            watcher: Mutex::new(None),
        };
        tray.keep_registered();
        Ok(tray)
    }

    /// Relabels the two menu items (LayoutUpdated / ItemsPropertiesUpdated signals).
    pub fn set_labels(&self, open: &str, quit: &str) {
        let revision = {
            let mut s = lock(&self.state);
            if s.labels[0] == open && s.labels[1] == quit {
                return;
            }
            s.labels = [open.to_string(), quit.to_string()];
            s.revision += 1;
            s.revision
        };
        let updated = vec![
            (OPEN_ID, item_props(open, &[])),
            (QUIT_ID, item_props(quit, &[])),
        ];
        let removed: Vec<(i32, Vec<String>)> = Vec::new();
        self.emit(
            MENU_PATH,
            MENU_IFACE,
            "ItemsPropertiesUpdated",
            &(updated, removed),
        );
        self.emit(MENU_PATH, MENU_IFACE, "LayoutUpdated", &(revision, 0i32));
    }

    /// What may keep the alarm from waking the family: tooltip "Centinela\n<lines>" and the label
    /// beside the icon = first line (empty lines → plain "Centinela" tooltip, empty label). Emits NewToolTip and XAyatanaNewLabel.
    pub fn set_warnings(&self, lines: &[String]) {
        let label = lines.first().cloned().unwrap_or_default();
        let tooltip = lines.join("\n");
        {
            let mut s = lock(&self.state);
            // Called on every check; a host repaints on each signal, so only say what changed.
            if s.label == label && s.tooltip == tooltip {
                return;
            }
            s.label = label.clone();
            s.tooltip = tooltip;
        }
        self.emit(ITEM_PATH, SNI_IFACE, "NewToolTip", &());
        self.emit(
            ITEM_PATH,
            SNI_IFACE,
            "XAyatanaNewLabel",
            &(label.as_str(), ""),
        );
    }

    /// Registers again with the watcher if a (new) one appeared since; cheap, called every 10 s.
    pub fn keep_registered(&self) {
        // One call to the bus daemon; a restarted watcher (a new panel) has a new unique name.
        let owner = self
            .conn
            .call_method(
                Some("org.freedesktop.DBus"),
                "/org/freedesktop/DBus",
                Some("org.freedesktop.DBus"),
                "GetNameOwner",
                &WATCHER,
            )
            .and_then(|m| m.body().deserialize::<String>())
            .ok();
        let mut last = self.watcher.lock().unwrap_or_else(PoisonError::into_inner);
        if owner == *last {
            return;
        }
        let Some(owner) = owner else {
            *last = None;
            return;
        };
        // The object path, as libappindicator passes it: watchers then pair it with the
        // caller's connection. A bus name would make KDE's look at /StatusNotifierItem.
        match self.conn.call_method(
            Some(owner.as_str()),
            "/StatusNotifierWatcher",
            Some(WATCHER),
            "RegisterStatusNotifierItem",
            &ITEM_PATH,
        ) {
            Ok(_) => *last = Some(owner),
            // Left unset, so the next call tries again.
            Err(e) => eprintln!("centinela: the tray's watcher refused the icon: {e}"),
        }
    }

    fn emit<B>(&self, path: &str, iface: &str, signal: &str, body: &B)
    where
        B: Serialize + zbus::zvariant::DynamicType,
    {
        if let Err(e) = self
            .conn
            .emit_signal(None::<&str>, path, iface, signal, body)
        {
            eprintln!("centinela: cannot tell the tray host about {signal}: {e}");
        }
    }
}

/// The icon as the spec's pixmap: the png decoded to 8-bit RGBA, each pixel reordered to ARGB
/// in network byte order. Empty if the png were unreadable: hosts then use IconName.
fn icon_pixmap() -> Vec<Pixmap> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(ICON_PNG));
    // Whatever the file's colour type, hand over 8-bit RGBA.
    decoder.set_transformations(
        png::Transformations::normalize_to_color8() | png::Transformations::ALPHA,
    );
    let decoded = decoder.read_info().and_then(|mut reader| {
        let mut buf = vec![0; reader.output_buffer_size().unwrap_or(0)];
        let info = reader.next_frame(&mut buf)?;
        buf.truncate(info.buffer_size());
        Ok((info, buf))
    });
    match decoded {
        Ok((info, rgba)) if info.color_type == png::ColorType::Rgba => {
            let argb = rgba
                .chunks_exact(4)
                .flat_map(|p| [p[3], p[0], p[1], p[2]])
                .collect();
            vec![(info.width as i32, info.height as i32, argb)]
        }
        Ok((info, _)) => {
            eprintln!(
                "centinela: the tray icon decodes as {:?}, not RGBA",
                info.color_type
            );
            Vec::new()
        }
        Err(e) => {
            eprintln!("centinela: cannot decode the tray icon: {e}");
            Vec::new()
        }
    }
}

/// An a{sv} that keeps its entries in order: 'label' first, as the e2e harness's regex reads
/// the label before the first '}' of an item's dict (zvariant's Dict would sort the keys).
struct Props(Vec<(&'static str, Value<'static>)>);

impl Type for Props {
    const SIGNATURE: &'static Signature = <HashMap<String, OwnedValue> as Type>::SIGNATURE;
}

impl Serialize for Props {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Keeps the entries a host asked for (none asked: all of them).
fn wanted(entries: Vec<(&'static str, Value<'static>)>, names: &[String]) -> Props {
    Props(
        entries
            .into_iter()
            .filter(|(key, _)| names.is_empty() || names.iter().any(|n| n == key))
            .collect(),
    )
}

fn item_props(label: &str, names: &[String]) -> Props {
    wanted(
        vec![
            ("label", Value::from(label.to_string())),
            ("enabled", Value::from(true)),
            ("visible", Value::from(true)),
        ],
        names,
    )
}

fn root_props(names: &[String]) -> Props {
    wanted(vec![("children-display", Value::from("submenu"))], names)
}

/// A dbusmenu node, (ia{sv}av): id, properties, children each wrapped in a variant.
struct Layout {
    id: i32,
    props: Props,
    children: Vec<Layout>,
}

impl Type for Layout {
    const SIGNATURE: &'static Signature = <(i32, Props, Vec<OwnedValue>) as Type>::SIGNATURE;
}

impl Serialize for Layout {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let children: Vec<_> = self.children.iter().map(SerializeValue).collect();
        (self.id, &self.props, children).serialize(serializer)
    }
}

impl State {
    fn item_label(&self, id: i32) -> Option<&str> {
        match id {
            OPEN_ID => Some(&self.labels[0]),
            QUIT_ID => Some(&self.labels[1]),
            _ => None,
        }
    }

    fn props(&self, id: i32, names: &[String]) -> Option<Props> {
        match id {
            0 => Some(root_props(names)),
            _ => self.item_label(id).map(|label| item_props(label, names)),
        }
    }
}

fn unknown(id: i32) -> fdo::Error {
    fdo::Error::InvalidArgs(format!("no menu item {id}"))
}

/// com.canonical.dbusmenu: root 0 holding "open" (1) and "quit" (2).
struct Menu {
    state: Shared,
    events: Sender<TrayEvent>,
}

impl Menu {
    fn handle(&self, id: i32, event_id: &str) -> fdo::Result<()> {
        let event = match id {
            OPEN_ID => TrayEvent::Open,
            QUIT_ID => TrayEvent::Quit,
            // Hosts send "opened"/"closed" for the root.
            0 => return Ok(()),
            _ => return Err(unknown(id)),
        };
        if event_id == "clicked" {
            // The receiver gone means the process is on its way out anyway.
            let _ = self.events.send(event);
        }
        Ok(())
    }
}

#[interface(name = "com.canonical.dbusmenu", introspection_docs = false)]
impl Menu {
    #[zbus(out_args("revision", "layout"))]
    fn get_layout(
        &self,
        parent_id: i32,
        recursion_depth: i32,
        property_names: Vec<String>,
    ) -> fdo::Result<(u32, Layout)> {
        let s = lock(&self.state);
        let props = s
            .props(parent_id, &property_names)
            .ok_or_else(|| unknown(parent_id))?;
        // Only the root has children, and they have none; depth 0 asks for the node alone.
        let children = if parent_id == 0 && recursion_depth != 0 {
            [OPEN_ID, QUIT_ID]
                .into_iter()
                .filter_map(|id| {
                    s.props(id, &property_names).map(|props| Layout {
                        id,
                        props,
                        children: Vec::new(),
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        let layout = Layout {
            id: parent_id,
            props,
            children,
        };
        Ok((s.revision, layout))
    }

    fn get_group_properties(
        &self,
        ids: Vec<i32>,
        property_names: Vec<String>,
    ) -> Vec<(i32, Props)> {
        let s = lock(&self.state);
        // No ids: every item, as libdbusmenu answers.
        let ids = if ids.is_empty() {
            vec![0, OPEN_ID, QUIT_ID]
        } else {
            ids
        };
        ids.into_iter()
            .filter_map(|id| s.props(id, &property_names).map(|p| (id, p)))
            .collect()
    }

    fn get_property(&self, id: i32, name: String) -> fdo::Result<OwnedValue> {
        let s = lock(&self.state);
        let props = s
            .props(id, std::slice::from_ref(&name))
            .ok_or_else(|| unknown(id))?;
        let (_, value) = props
            .0
            .into_iter()
            .next()
            .ok_or_else(|| fdo::Error::InvalidArgs(format!("menu item {id} has no {name}")))?;
        OwnedValue::try_from(value).map_err(|e| fdo::Error::Failed(e.to_string()))
    }

    fn event(
        &self,
        id: i32,
        event_id: String,
        _data: OwnedValue,
        _timestamp: u32,
    ) -> fdo::Result<()> {
        self.handle(id, &event_id)
    }

    fn event_group(&self, events: Vec<(i32, String, OwnedValue, u32)>) -> Vec<i32> {
        events
            .into_iter()
            .filter(|(id, event_id, _, _)| self.handle(*id, event_id).is_err())
            .map(|(id, ..)| id)
            .collect()
    }

    fn about_to_show(&self, _id: i32) -> bool {
        false
    }

    #[zbus(out_args("updatesNeeded", "idErrors"))]
    fn about_to_show_group(&self, ids: Vec<i32>) -> (Vec<i32>, Vec<i32>) {
        let errors = ids
            .into_iter()
            .filter(|id| !(0..=QUIT_ID).contains(id))
            .collect();
        (Vec::new(), errors)
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn version(&self) -> u32 {
        3
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn text_direction(&self) -> &str {
        "ltr"
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn status(&self) -> &str {
        "normal"
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn icon_theme_path(&self) -> Vec<String> {
        Vec::new()
    }

    // Declared for introspection; BusTray emits them on its connection.
    #[zbus(signal)]
    async fn layout_updated(e: &SignalEmitter<'_>, revision: u32, parent: i32) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn items_properties_updated(
        e: &SignalEmitter<'_>,
        updated_props: Vec<(i32, Props)>,
        removed_props: Vec<(i32, Vec<String>)>,
    ) -> zbus::Result<()>;
}

/// org.kde.StatusNotifierItem, with the Ayatana label libappindicator adds.
struct Item {
    state: Shared,
    events: Sender<TrayEvent>,
    pixmap: Vec<Pixmap>,
}

#[interface(name = "org.kde.StatusNotifierItem", introspection_docs = false)]
impl Item {
    /// Hosts call it on a plain click only when ItemIsMenu is false; opening is the natural answer.
    fn activate(&self, _x: i32, _y: i32) {
        let _ = self.events.send(TrayEvent::Open);
    }

    fn secondary_activate(&self, _x: i32, _y: i32) {}

    fn context_menu(&self, _x: i32, _y: i32) {}

    fn scroll(&self, _delta: i32, _orientation: String) {}

    #[zbus(property(emits_changed_signal = "const"))]
    fn category(&self) -> &str {
        "ApplicationStatus"
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn id(&self) -> &str {
        ITEM_ID
    }

    #[zbus(property(emits_changed_signal = "false"))]
    fn title(&self) -> &str {
        TITLE
    }

    #[zbus(property(emits_changed_signal = "false"))]
    fn status(&self) -> &str {
        "Active"
    }

    #[zbus(property(emits_changed_signal = "const"), name = "WindowId")]
    fn window_id(&self) -> i32 {
        0
    }

    #[zbus(property(emits_changed_signal = "false"))]
    fn icon_name(&self) -> &str {
        "centinela"
    }

    #[zbus(property(emits_changed_signal = "false"))]
    fn icon_theme_path(&self) -> &str {
        ""
    }

    #[zbus(property(emits_changed_signal = "false"))]
    fn icon_pixmap(&self) -> Vec<Pixmap> {
        self.pixmap.clone()
    }

    #[zbus(property(emits_changed_signal = "false"), name = "ToolTip")]
    fn tool_tip(&self) -> (String, Vec<Pixmap>, String, String) {
        let s = lock(&self.state);
        (
            String::new(),
            Vec::new(),
            TITLE.to_string(),
            s.tooltip.clone(),
        )
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn menu(&self) -> OwnedObjectPath {
        OwnedObjectPath::try_from(MENU_PATH).expect("a valid object path")
    }

    #[zbus(property(emits_changed_signal = "const"))]
    fn item_is_menu(&self) -> bool {
        true
    }

    #[zbus(property(emits_changed_signal = "false"), name = "XAyatanaLabel")]
    fn x_ayatana_label(&self) -> String {
        lock(&self.state).label.clone()
    }

    #[zbus(property(emits_changed_signal = "false"), name = "XAyatanaLabelGuide")]
    fn x_ayatana_label_guide(&self) -> &str {
        ""
    }

    // Declared for introspection; BusTray emits the ones that can happen.
    #[zbus(signal)]
    async fn new_title(e: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn new_icon(e: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal, name = "NewToolTip")]
    async fn new_tool_tip(e: &SignalEmitter<'_>) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn new_status(e: &SignalEmitter<'_>, status: &str) -> zbus::Result<()>;

    #[zbus(signal, name = "XAyatanaNewLabel")]
    async fn x_ayatana_new_label(
        e: &SignalEmitter<'_>,
        label: &str,
        guide: &str,
    ) -> zbus::Result<()>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;
    use std::sync::mpsc::{channel, Receiver};
    use std::time::Instant;
    use zbus::blocking::fdo::PropertiesProxy;
    use zbus::blocking::MessageIterator;
    use zbus::message::{Header, Type as MsgType};
    use zbus::names::InterfaceName;
    use zbus::MatchRule;

    const WAIT: Duration = Duration::from_secs(5);

    /// A client connection, as a tray host has; None (test skipped) without a session bus.
    fn client() -> Option<Connection> {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            // scripts/test.sh runs the tests on a session bus: under CI a skip is a failure.
            assert!(std::env::var_os("CI").is_none(), "no session bus under CI");
            eprintln!("skipped: no session bus (run under dbus-run-session)");
            return None;
        }
        Some(Connection::session().expect("a session bus connection"))
    }

    fn dest(tray: &BusTray) -> String {
        tray.conn
            .unique_name()
            .expect("a bus connection")
            .to_string()
    }

    type Node = (i32, HashMap<String, OwnedValue>, Vec<OwnedValue>);

    fn text(props: &HashMap<String, OwnedValue>, key: &str) -> String {
        String::try_from(props[key].try_clone().unwrap()).unwrap()
    }

    /// GetLayout(0, -1, []) as a host asks it: the revision and the items' (id, label).
    fn layout(client: &Connection, dest: &str) -> (u32, Vec<(i32, String)>) {
        let reply = menu_call(
            client,
            dest,
            "GetLayout",
            &(0i32, -1i32, Vec::<String>::new()),
        )
        .unwrap();
        // Two arguments (zvariant shows a body's arguments as one struct).
        assert_eq!(reply.body().signature().to_string(), "(u(ia{sv}av))");
        let (revision, (root, root_props, children)): (u32, Node) =
            reply.body().deserialize().unwrap();
        assert_eq!(root, 0);
        assert_eq!(text(&root_props, "children-display"), "submenu");
        let items = children
            .into_iter()
            .map(|child| {
                let (id, props, grandchildren) = Node::try_from(child).unwrap();
                assert!(grandchildren.is_empty());
                assert!(bool::try_from(&props["enabled"]).unwrap());
                assert!(bool::try_from(&props["visible"]).unwrap());
                (id, text(&props, "label"))
            })
            .collect();
        (revision, items)
    }

    fn menu_call<B>(
        client: &Connection,
        dest: &str,
        method: &str,
        body: &B,
    ) -> zbus::Result<zbus::Message>
    where
        B: Serialize + zbus::zvariant::DynamicType,
    {
        client.call_method(Some(dest), MENU_PATH, Some(MENU_IFACE), method, body)
    }

    fn item_property(client: &Connection, dest: &str, name: &str) -> OwnedValue {
        PropertiesProxy::builder(client)
            .destination(dest.to_string())
            .unwrap()
            .path(ITEM_PATH)
            .unwrap()
            .build()
            .unwrap()
            .get(InterfaceName::from_static_str_unchecked(SNI_IFACE), name)
            .unwrap()
    }

    /// The signals `member` our tray sends on `path`, collected on a thread so a test can wait
    /// for one with a timeout.
    fn signals(
        client: &Connection,
        dest: &str,
        path: &str,
        member: &str,
    ) -> Receiver<zbus::Message> {
        let rule = MatchRule::builder()
            .msg_type(MsgType::Signal)
            .sender(dest.to_string())
            .unwrap()
            .path(path.to_string())
            .unwrap()
            .member(member.to_string())
            .unwrap()
            .build();
        // Subscribed before returning, so no signal sent afterwards is missed.
        let messages = MessageIterator::for_match_rule(rule, client, Some(16)).unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            for m in messages.flatten() {
                if tx.send(m).is_err() {
                    break;
                }
            }
        });
        rx
    }

    #[test]
    fn bus_tray_serves_the_menu_and_the_label() {
        let Some(client) = client() else { return };
        let (tx, rx) = channel();
        let tray = BusTray::start("Open Centinela", "Quit", tx).unwrap();
        let dest = dest(&tray);

        let (revision, items) = layout(&client, &dest);
        assert_eq!(
            items,
            [(1, "Open Centinela".to_string()), (2, "Quit".to_string())]
        );

        // A click on "Quit", as a tray host sends it.
        menu_call(
            &client,
            &dest,
            "Event",
            &(QUIT_ID, "clicked", Value::from(0i32), 0u32),
        )
        .unwrap();
        assert_eq!(rx.recv_timeout(WAIT), Ok(TrayEvent::Quit));
        // Hovering is no click; an unknown item is an error, as libdbusmenu answers.
        menu_call(
            &client,
            &dest,
            "Event",
            &(OPEN_ID, "hovered", Value::from(0i32), 0u32),
        )
        .unwrap();
        assert!(menu_call(
            &client,
            &dest,
            "Event",
            &(7i32, "clicked", Value::from(0i32), 0u32)
        )
        .is_err());
        assert!(rx.try_recv().is_err());

        // Relabelling (the family changed the language): a new layout, and hosts are told.
        let updated = signals(&client, &dest, MENU_PATH, "LayoutUpdated");
        tray.set_labels("Abrir Centinela", "Salir");
        let signal = updated.recv_timeout(WAIT).unwrap();
        let (signalled, parent): (u32, i32) = signal.body().deserialize().unwrap();
        let (new_revision, items) = layout(&client, &dest);
        assert!(new_revision > revision);
        assert_eq!((signalled, parent), (new_revision, 0));
        assert_eq!(
            items,
            [(1, "Abrir Centinela".to_string()), (2, "Salir".to_string())]
        );

        // The warnings: the label beside the icon and the tooltip.
        let labelled = signals(&client, &dest, ITEM_PATH, "XAyatanaNewLabel");
        let lines = vec!["Sound muted".to_string(), "Laptop on battery".to_string()];
        tray.set_warnings(&lines);
        let signal = labelled.recv_timeout(WAIT).unwrap();
        let body: (String, String) = signal.body().deserialize().unwrap();
        assert_eq!(body, ("Sound muted".to_string(), String::new()));
        let label = item_property(&client, &dest, "XAyatanaLabel");
        assert_eq!(String::try_from(label).unwrap(), "Sound muted");
        let tooltip = item_property(&client, &dest, "ToolTip");
        let tooltip = <(String, Vec<Pixmap>, String, String)>::try_from(tooltip).unwrap();
        assert_eq!(
            tooltip,
            (
                String::new(),
                Vec::new(),
                "Centinela".to_string(),
                "Sound muted\nLaptop on battery".to_string()
            )
        );
        tray.set_warnings(&[]);
        assert_eq!(
            labelled
                .recv_timeout(WAIT)
                .unwrap()
                .body()
                .deserialize::<(String, String)>()
                .unwrap()
                .0,
            ""
        );
        let label = item_property(&client, &dest, "XAyatanaLabel");
        assert_eq!(String::try_from(label).unwrap(), "");
        let tooltip = item_property(&client, &dest, "ToolTip");
        let tooltip = <(String, Vec<Pixmap>, String, String)>::try_from(tooltip).unwrap();
        assert_eq!((tooltip.2.as_str(), tooltip.3.as_str()), ("Centinela", ""));
    }

    #[test]
    fn bus_tray_properties_match_libappindicator() {
        let Some(client) = client() else { return };
        let (tx, rx) = channel();
        let tray = BusTray::start("Open", "Quit", tx).unwrap();
        let dest = dest(&tray);
        let all = PropertiesProxy::builder(&client)
            .destination(dest.clone())
            .unwrap()
            .path(ITEM_PATH)
            .unwrap()
            .build()
            .unwrap()
            .get_all(InterfaceName::from_static_str_unchecked(SNI_IFACE))
            .unwrap();
        let s = |k: &str| String::try_from(all[k].try_clone().unwrap()).unwrap();
        assert_eq!(s("Category"), "ApplicationStatus");
        assert_eq!(s("Id"), "tray_icon_tray_app_main");
        assert_eq!(s("Title"), "Centinela");
        assert_eq!(s("Status"), "Active");
        assert_eq!(s("IconName"), "centinela");
        assert_eq!(s("IconThemePath"), "");
        assert_eq!(s("XAyatanaLabel"), "");
        assert_eq!(s("XAyatanaLabelGuide"), "");
        assert_eq!(i32::try_from(&all["WindowId"]).unwrap(), 0);
        assert!(bool::try_from(&all["ItemIsMenu"]).unwrap());
        let menu = OwnedObjectPath::try_from(all["Menu"].try_clone().unwrap()).unwrap();
        assert_eq!(menu.as_str(), MENU_PATH);
        let pixmaps = Vec::<Pixmap>::try_from(all["IconPixmap"].try_clone().unwrap()).unwrap();
        assert_eq!(pixmaps.len(), 1);
        assert_eq!(
            (pixmaps[0].0, pixmaps[0].1, pixmaps[0].2.len()),
            (32, 32, 32 * 32 * 4)
        );

        let menu_all = PropertiesProxy::builder(&client)
            .destination(dest.clone())
            .unwrap()
            .path(MENU_PATH)
            .unwrap()
            .build()
            .unwrap()
            .get_all(InterfaceName::from_static_str_unchecked(MENU_IFACE))
            .unwrap();
        assert_eq!(u32::try_from(&menu_all["Version"]).unwrap(), 3);
        assert_eq!(
            String::try_from(menu_all["TextDirection"].try_clone().unwrap()).unwrap(),
            "ltr"
        );
        assert_eq!(
            String::try_from(menu_all["Status"].try_clone().unwrap()).unwrap(),
            "normal"
        );
        let themes =
            Vec::<String>::try_from(menu_all["IconThemePath"].try_clone().unwrap()).unwrap();
        assert!(themes.is_empty());

        // The rest of dbusmenu a host may call.
        let reply = menu_call(
            &client,
            &dest,
            "GetGroupProperties",
            &(vec![OPEN_ID, QUIT_ID], vec!["label".to_string()]),
        )
        .unwrap();
        let group: Vec<(i32, HashMap<String, OwnedValue>)> = reply.body().deserialize().unwrap();
        let group: Vec<_> = group
            .iter()
            .map(|(id, p)| (*id, p.len(), text(p, "label")))
            .collect();
        assert_eq!(
            group,
            [(1, 1, "Open".to_string()), (2, 1, "Quit".to_string())]
        );
        let reply = menu_call(&client, &dest, "GetProperty", &(QUIT_ID, "label")).unwrap();
        let label: OwnedValue = reply.body().deserialize().unwrap();
        assert_eq!(String::try_from(label).unwrap(), "Quit");
        let reply = menu_call(&client, &dest, "AboutToShow", &(0i32,)).unwrap();
        assert!(!reply.body().deserialize::<bool>().unwrap());
        let reply = menu_call(&client, &dest, "AboutToShowGroup", &(vec![0i32, 9],)).unwrap();
        let answer: (Vec<i32>, Vec<i32>) = reply.body().deserialize().unwrap();
        assert_eq!(answer, (vec![], vec![9]));
        let clicks = vec![
            (OPEN_ID, "clicked", Value::from(0i32), 0u32),
            (9, "clicked", Value::from(0i32), 0u32),
        ];
        let reply = menu_call(&client, &dest, "EventGroup", &(clicks,)).unwrap();
        assert_eq!(reply.body().deserialize::<Vec<i32>>().unwrap(), [9]);
        assert_eq!(rx.recv_timeout(WAIT), Ok(TrayEvent::Open));
        // Depth 0: the root alone.
        let reply = menu_call(
            &client,
            &dest,
            "GetLayout",
            &(0i32, 0i32, Vec::<String>::new()),
        )
        .unwrap();
        let (_, (_, _, children)): (u32, Node) = reply.body().deserialize().unwrap();
        assert!(children.is_empty());
    }

    /// A StatusNotifierWatcher that reports who registered what.
    struct FakeWatcher {
        seen: Sender<(String, String)>,
    }

    #[interface(name = "org.kde.StatusNotifierWatcher")]
    impl FakeWatcher {
        fn register_status_notifier_item(&self, #[zbus(header)] hdr: Header<'_>, item: String) {
            let sender = hdr.sender().map(|s| s.to_string()).unwrap_or_default();
            let _ = self.seen.send((sender, item));
        }
    }

    fn watcher(seen: Sender<(String, String)>) -> Connection {
        let deadline = Instant::now() + WAIT;
        loop {
            // The previous watcher's name may take a moment to come free.
            let built = Builder::session()
                .and_then(|b| {
                    b.serve_at("/StatusNotifierWatcher", FakeWatcher { seen: seen.clone() })
                })
                .and_then(|b| b.name(WATCHER))
                .and_then(|b| b.build());
            match built {
                Ok(conn) => return conn,
                Err(zbus::Error::NameTaken) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(50))
                }
                Err(e) => panic!("cannot start a fake watcher: {e}"),
            }
        }
    }

    /// Registrations that came from `tray` (other tests' trays may register too).
    fn registered(seen: &Receiver<(String, String)>, tray: &str, within: Duration) -> Vec<String> {
        let deadline = Instant::now() + within;
        let mut items = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match seen.recv_timeout(left) {
                Ok((sender, item)) if sender == tray => items.push(item),
                Ok(_) => {}
                Err(_) => break,
            }
        }
        items
    }

    #[test]
    fn bus_tray_registers_with_each_new_watcher() {
        let Some(_client) = client() else { return };
        let (seen_tx, seen) = channel();
        let first = watcher(seen_tx.clone());
        let (tx, _rx) = channel();
        let tray = BusTray::start("Open", "Quit", tx).unwrap();
        let me = dest(&tray);
        // start() registered, with the object path as libappindicator does.
        assert_eq!(
            registered(&seen, &me, Duration::from_millis(500)),
            [ITEM_PATH]
        );
        // Same watcher: nothing to do.
        tray.keep_registered();
        assert!(registered(&seen, &me, Duration::from_millis(300)).is_empty());
        // The panel restarted: a new watcher, a new registration.
        first.release_name(WATCHER).unwrap();
        drop(first);
        let _second = watcher(seen_tx);
        tray.keep_registered();
        assert_eq!(
            registered(&seen, &me, Duration::from_millis(500)),
            [ITEM_PATH]
        );
    }

    /// What `const items = [...layout.matchAll(/<\((\d+), \{[^}]*'label': <'([^']*)'>/g)]`
    /// finds in tests/e2e/harness.js, without a regex crate: for each "<(N, {", the first
    /// "'label': <'" before the dict's first '}', then the label up to "'>".
    fn harness_items(layout: &str) -> Vec<(i32, String)> {
        let mut items = Vec::new();
        let mut rest = layout;
        while let Some(at) = rest.find("<(") {
            rest = &rest[at + 2..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let Some(dict) = rest[digits.len()..].strip_prefix(", {") else {
                continue;
            };
            let until = dict.find('}').unwrap_or(dict.len());
            let Some(label_at) = dict[..until].rfind("'label': <'") else {
                continue;
            };
            let label = &dict[label_at + "'label': <'".len()..];
            let Some(end) = label.find('\'') else {
                continue;
            };
            if label[end..].starts_with("'>") && !digits.is_empty() {
                items.push((digits.parse().unwrap(), label[..end].to_string()));
            }
        }
        items
    }

    fn gdbus(args: &[&str]) -> String {
        let out = Command::new("gdbus")
            .args(["call", "--session", "--timeout", "3"])
            .args(args)
            .output()
            .expect("gdbus runs");
        assert!(
            out.status.success(),
            "gdbus {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    #[test]
    fn bus_tray_answers_the_e2e_harness_gdbus_calls() {
        let Some(_client) = client() else { return };
        if Command::new("gdbus").arg("help").output().is_err() {
            eprintln!("skipped: no gdbus");
            return;
        }
        let (tx, rx) = channel();
        let tray = BusTray::start("Abrir Centinela", "Salir", tx).unwrap();
        let dest = dest(&tray);

        // The harness finds our connection by pid.
        let owner = gdbus(&[
            "--dest",
            "org.freedesktop.DBus",
            "--object-path",
            "/org/freedesktop/DBus",
            "--method",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            &dest,
        ]);
        assert_eq!(owner.trim(), format!("(uint32 {},)", std::process::id()));

        let layout = gdbus(&[
            "--dest",
            &dest,
            "--object-path",
            MENU_PATH,
            "--method",
            "com.canonical.dbusmenu.GetLayout",
            "--",
            "0",
            "-1",
            "@as []",
        ]);
        eprintln!("GetLayout: {}", layout.trim());
        assert_eq!(
            harness_items(&layout),
            [(1, "Abrir Centinela".to_string()), (2, "Salir".to_string())]
        );
        assert!(layout.contains("{'label': <'Salir'>, 'enabled': <true>, 'visible': <true>}"));

        gdbus(&[
            "--dest",
            &dest,
            "--object-path",
            MENU_PATH,
            "--method",
            "com.canonical.dbusmenu.Event",
            "--",
            "2",
            "clicked",
            "<0>",
            "0",
        ]);
        assert_eq!(rx.recv_timeout(WAIT), Ok(TrayEvent::Quit));

        tray.set_warnings(&["Sin sonido".to_string()]);
        let label = gdbus(&[
            "--dest",
            &dest,
            "--object-path",
            ITEM_PATH,
            "--method",
            "org.freedesktop.DBus.Properties.Get",
            "org.kde.StatusNotifierItem",
            "XAyatanaLabel",
        ]);
        assert_eq!(label.trim(), "(<'Sin sonido'>,)");

        // The signals hosts listen for are in the introspection data too.
        let out = Command::new("gdbus")
            .args([
                "introspect",
                "--session",
                "--dest",
                &dest,
                "--object-path",
                ITEM_PATH,
            ])
            .output()
            .unwrap();
        let xml = String::from_utf8(out.stdout).unwrap();
        for signal in [
            "NewTitle",
            "NewIcon",
            "NewToolTip",
            "NewStatus",
            "XAyatanaNewLabel",
        ] {
            assert!(xml.contains(&format!(" {signal}(")), "{signal} in {xml}");
        }
    }

    #[test]
    fn bus_tray_harness_regex_stand_in() {
        let sample = "(uint32 3, (0, {'children-display': <'submenu'>}, [<(1, {'label': <'Open'>, \
                      'enabled': <true>}, @av [])>, <(2, {'enabled': <true>}, @av [])>]))";
        assert_eq!(harness_items(sample), [(1, "Open".to_string())]);
    }

    #[test]
    fn bus_tray_pixmap_is_argb_in_network_order() {
        let pixmaps = icon_pixmap();
        let [(w, h, argb)] = pixmaps.as_slice() else {
            panic!("one pixmap");
        };
        let mut reader = png::Decoder::new(std::io::Cursor::new(ICON_PNG))
            .read_info()
            .unwrap();
        let mut rgba = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut rgba).unwrap();
        assert_eq!(
            (info.color_type, info.bit_depth),
            (png::ColorType::Rgba, png::BitDepth::Eight)
        );
        assert_eq!((*w as u32, *h as u32), (info.width, info.height));
        assert_eq!(argb.len(), rgba.len());
        for (a, r) in argb.chunks_exact(4).zip(rgba.chunks_exact(4)) {
            assert_eq!(a, [r[3], r[0], r[1], r[2]]);
        }
        // Not a blank square.
        assert!(argb.chunks_exact(4).any(|p| p[0] == 255));
    }
}
