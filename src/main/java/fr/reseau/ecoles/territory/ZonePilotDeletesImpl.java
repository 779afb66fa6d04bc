package fr.reseau.ecoles.territory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaDelete;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.function.BiFunction;

class ZonePilotDeletesImpl implements ZonePilotDeletes {

  private final EntityManager entities;

  ZonePilotDeletesImpl(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public int deleteZone(String networkId, String zoneCode) {
    return delete(
        (cb, pilot) ->
            cb.and(
                cb.equal(pilot.get(ZonePilot_.networkId), networkId),
                cb.equal(pilot.get(ZonePilot_.zoneCode), zoneCode)));
  }

  @Override
  public int deleteUser(String userId) {
    return delete((cb, pilot) -> cb.equal(pilot.get(ZonePilot_.userId), userId));
  }

  @Override
  public int deleteUserInNetwork(String userId, String networkId) {
    return delete(
        (cb, pilot) ->
            cb.and(
                cb.equal(pilot.get(ZonePilot_.userId), userId),
                cb.equal(pilot.get(ZonePilot_.networkId), networkId)));
  }

  private int delete(BiFunction<CriteriaBuilder, Root<ZonePilot>, Predicate> which) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaDelete<ZonePilot> delete = cb.createCriteriaDelete(ZonePilot.class);
    Root<ZonePilot> pilot = delete.from(ZonePilot.class);
    delete.where(which.apply(cb, pilot));
    // Pending changes are written first; the seats already loaded are forgotten, since the
    // statement removed rows behind them.
    entities.flush();
    int deleted = entities.createQuery(delete).executeUpdate();
    entities.clear();
    return deleted;
  }
}
